#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Finds the article files below a folder, recursively, without looping on symbolic links.
struct FolderWalker {
    /// The article files found, unsorted.
    private(set) var files: [String] = []
    /// Entries left out, each with the reason.
    private(set) var skipped: [DocumentError] = []
    /// Set when the top folder itself could not be listed.
    private(set) var topError: DocumentError?
    /// Folders already entered, by device and inode, so a link back up is not followed.
    private var visited: Set<[UInt64]> = []
    private let extensions: Set<String>

    /// Walks `folder` and everything below it.
    init(folder: String, extensions: Set<String>) {
        self.extensions = extensions
        walk(folder, isTop: true)
    }

    private mutating func walk(_ folder: String, isTop: Bool) {
        var info = stat()
        guard stat(folder, &info) == 0 else { return record(FileLoader.error(errno, path: folder), isTop: isTop) }
        guard visited.insert([UInt64(info.st_dev), UInt64(info.st_ino)]).inserted else { return }
        guard let directory = opendir(folder) else { return record(FileLoader.error(errno, path: folder), isTop: isTop) }
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        var names: [String] = []
        while let entry = readdir(directory) {
            let bytes = withUnsafeBytes(of: entry.pointee.d_name) { Array($0.prefix { $0 != 0 }) }
            guard bytes.first != UInt8(ascii: ".") else { continue }
            let name = String(decoding: bytes, as: UTF8.self)
            if name.utf8.elementsEqual(bytes) {
                names.append(name)
            } else {
                skipped.append(.unreadable(path: prefix + name, reason: "the file name is not valid UTF-8; rename it"))
            }
        }
        closedir(directory)
        for name in names.sorted() {
            visit(prefix + name, name: name)
        }
    }

    private mutating func visit(_ path: String, name: String) {
        let isArticle = name.lastIndex(of: ".").map { extensions.contains(name[name.index(after: $0)...].lowercased()) } ?? false
        let kind: FileLoader.Kind
        do {
            kind = try FileLoader.kind(of: path)
        } catch {
            if isArticle { skipped.append(error) }
            return
        }
        if kind == .directory { return walk(path, isTop: false) }
        guard isArticle else { return }
        guard kind == .regular else { return skipped.append(.notRegularFile(path: path)) }
        do {
            let head = try FileLoader.head(path, count: 8192)
            if BinaryDetector.looksBinary(head[...]) { return skipped.append(.binary(path: path)) }
            files.append(path)
        } catch {
            skipped.append(error)
        }
    }

    private mutating func record(_ error: DocumentError, isTop: Bool) {
        if isTop { topError = error } else { skipped.append(error) }
    }
}
