import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why an export file could not be written.
public struct NotesFileError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file that was to be written.
    public var path: String
    /// What went wrong.
    public var reason: String

    /// A message for a person, naming the file.
    public var description: String { "\(path): cannot write the export (\(reason))" }
}

/// Writes export files whole or not at all: a temporary file in the same folder, synced, renamed into place.
public enum NotesFileWriter {
    /// Writes `text` as UTF-8 to `path`, replacing any file there only once the new one is complete.
    public static func write(_ text: String, to path: String) throws {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        let name = URL(fileURLWithPath: path).lastPathComponent
        var template = Array("\(folder)/.\(name).tmp-XXXXXX".utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { throw failure(path) }
        let temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var succeeded = false
        defer { if !succeeded { unlink(temporary) } }
        let mask = umask(0)
        umask(mask)
        fchmod(descriptor, 0o666 & ~mask)
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        do {
            try handle.write(contentsOf: Data(text.utf8))
            try handle.synchronize()
            try handle.close()
        } catch {
            throw NotesFileError(path: path, reason: error.localizedDescription)
        }
        guard rename(temporary, path) == 0 else { throw failure(path) }
        succeeded = true
    }

    private static func failure(_ path: String) -> NotesFileError {
        NotesFileError(path: path, reason: String(cString: strerror(errno)))
    }
}
