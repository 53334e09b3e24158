#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a whole regular file with POSIX calls, never blocking on a FIFO or device.
enum FileLoader {
    /// The largest file read, in bytes; anything bigger is refused rather than exhausting memory.
    static let maximumSize = 128 << 20

    /// What is at a path, following symbolic links.
    enum Kind: Equatable {
        case regular, directory, special
    }

    /// The kind of file at `path`, or the error a person should see when there is none.
    static func kind(of path: String) throws(DocumentError) -> Kind {
        var info = stat()
        guard stat(path, &info) == 0 else { throw error(errno, path: path) }
        return kind(info.st_mode)
    }

    /// The bytes of the regular file at `path`.
    static func load(_ path: String) throws(DocumentError) -> [UInt8] {
        switch try kind(of: path) {
        case .directory: throw .directory(path: path)
        case .special: throw .notRegularFile(path: path)
        case .regular: break
        }
        // O_NONBLOCK: should the path turn into a FIFO after the check, open still returns at once.
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { throw error(errno, path: path) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw error(errno, path: path) }
        guard kind(info.st_mode) == .regular else { throw .notRegularFile(path: path) }
        guard Int(info.st_size) <= maximumSize else { throw tooLarge(path) }
        return try readAll(descriptor, expected: Int(info.st_size), path: path)
    }

    /// The first `count` bytes of the regular file at `path` (fewer when it is shorter).
    static func head(_ path: String, count: Int) throws(DocumentError) -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { throw error(errno, path: path) }
        defer { close(descriptor) }
        var bytes = [UInt8](repeating: 0, count: count)
        var filled = 0
        while filled < count {
            let got = bytes.withUnsafeMutableBytes { read(descriptor, $0.baseAddress! + filled, count - filled) }
            if got < 0 && errno == EINTR { continue }
            guard got >= 0 else { throw error(errno, path: path) }
            if got == 0 { break }
            filled += got
        }
        return Array(bytes.prefix(filled))
    }

    /// Reads until end of file: straight into an array one byte larger than the size `fstat` gave, so the usual
    /// read needs no copy and no zeroed buffer; a file that grew meanwhile goes on in chunks.
    private static func readAll(_ descriptor: Int32, expected: Int, path: String) throws(DocumentError) -> [UInt8] {
        var failure: Int32?
        var reachedEnd = false
        var bytes = [UInt8](unsafeUninitializedCapacity: expected + 1) { buffer, count in
            while count < buffer.count {
                let got = read(descriptor, buffer.baseAddress! + count, buffer.count - count)
                if got < 0 && errno == EINTR { continue }
                if got < 0 { failure = errno; return }
                if got == 0 { reachedEnd = true; return }
                count += got
            }
        }
        if let failure { throw error(failure, path: path) }
        if reachedEnd { return bytes }
        let chunk = 1 << 16
        var buffer = [UInt8](repeating: 0, count: chunk)
        while true {
            let got = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, chunk) }
            if got < 0 && errno == EINTR { continue }
            guard got >= 0 else { throw error(errno, path: path) }
            if got == 0 { return bytes }
            guard bytes.count + got <= maximumSize else { throw tooLarge(path) }
            bytes.append(contentsOf: buffer[0..<got])
        }
    }

    private static func kind(_ mode: mode_t) -> Kind {
        switch mode & S_IFMT {
        case S_IFREG: return .regular
        case S_IFDIR: return .directory
        default: return .special
        }
    }

    private static func tooLarge(_ path: String) -> DocumentError {
        .unreadable(path: path, reason: "larger than \(maximumSize >> 20) MB; Brief opens articles up to that size")
    }

    /// The error a failed system call on `path` stands for.
    static func error(_ code: Int32, path: String) -> DocumentError {
        switch code {
        case ENOENT:
            var info = stat()
            let dangling = lstat(path, &info) == 0
            return dangling ? .unreadable(path: path, reason: "a symbolic link to nothing") : .missing(path: path)
        case ENOTDIR:
            return .missing(path: path)
        case EACCES, EPERM:
            return .unreadable(path: path, reason: "permission denied; check the file's permissions")
        case ELOOP:
            return .unreadable(path: path, reason: "too many levels of symbolic links")
        default:
            return .unreadable(path: path, reason: String(cString: strerror(code)))
        }
    }
}
