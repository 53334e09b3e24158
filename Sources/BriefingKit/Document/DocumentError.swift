/// Why an article file could not be opened.
public enum DocumentError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Nothing exists at the path.
    case missing(path: String)
    /// The path is a directory where a file was needed.
    case directory(path: String)
    /// The file holds binary data, not text.
    case binary(path: String)
    /// The file is not a regular file (a FIFO, a device, a socket).
    case notRegularFile(path: String)
    /// The file exists but could not be read.
    case unreadable(path: String, reason: String)

    /// The path the error is about.
    public var path: String {
        switch self {
        case .missing(let path), .directory(let path), .binary(let path),
             .notRegularFile(let path), .unreadable(let path, _):
            return path
        }
    }

    /// A message for a person, naming the file and what to do.
    public var description: String {
        switch self {
        case .missing(let path):
            return "\(path): no such file or folder"
        case .directory(let path):
            return "\(path): is a folder; give the article files inside it, or open the folder in the reader"
        case .binary(let path):
            return "\(path): looks like a binary file, not an article (text, .txt or .md)"
        case .notRegularFile(let path):
            return "\(path): not a regular file (a pipe, device or socket); save the article to a file first"
        case .unreadable(let path, let reason):
            return "\(path): cannot be read: \(reason)"
        }
    }
}
