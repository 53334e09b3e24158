import Foundation

/// Writes messages for people to standard error, keeping standard output clean.
enum StandardError {
    /// Writes one message, adding a newline when it has none.
    static func write(_ message: String) {
        let line = message.hasSuffix("\n") ? message : message + "\n"
        FileHandle.standardError.write(Data(line.utf8))
    }
}
