import GRDB

/// Why the notes store could not be opened or changed; each message names the file.
public enum NoteStoreError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file or its folder cannot be created or written; the reader can go on read-only.
    case unwritable(path: String, reason: String)
    /// The file exists but is not a readable notes database; it is left untouched.
    case corrupt(path: String, reason: String)
    /// The file is an SQLite database of some other program; it is left untouched.
    case foreign(path: String)
    /// The file was written by a newer Brief with a schema this one does not know.
    case newerSchema(path: String)
    /// The store was to be opened read-only, but there is no file yet.
    case missing(path: String)
    /// The store was opened read-only, so notes cannot be added, changed or deleted.
    case readOnly(path: String)
    /// No note has this id.
    case noSuchNote(id: Int64)
    /// Any other database failure.
    case database(path: String, reason: String)

    /// A message for a person, naming the file and what to do.
    public var description: String {
        switch self {
        case .unwritable(let path, let reason):
            return "\(path): cannot write notes (\(reason)); notes are read-only. Check the folder's permissions or choose another file with --notes or BRIEF_NOTES"
        case .corrupt(let path, let reason):
            return "\(path): not a readable notes database (\(reason)); it was left untouched. Move it aside to start a new one, or use --notes to choose another file"
        case .foreign(let path):
            return "\(path): is an SQLite database of another program, not Brief notes; it was left untouched. Use --notes to choose another file"
        case .newerSchema(let path):
            return "\(path): was written by a newer version of Brief; update Brief to use these notes"
        case .missing(let path):
            return "\(path): no notes file yet"
        case .readOnly(let path):
            return "\(path): notes are open read-only; nothing was saved"
        case .noSuchNote(let id):
            return "no note with id \(id); `brief notes list` shows the ids"
        case .database(let path, let reason):
            return "\(path): notes database error: \(reason)"
        }
    }
}

extension NoteStoreError {
    /// Classifies a database error met while using the file at `path`.
    init(_ error: any Error, path: String) {
        guard let error = error as? DatabaseError else {
            self = .database(path: path, reason: String(describing: error))
            return
        }
        let reason = error.message ?? "\(error.resultCode)"
        switch error.resultCode {
        case .SQLITE_NOTADB, .SQLITE_CORRUPT:
            self = .corrupt(path: path, reason: reason)
        case .SQLITE_CANTOPEN, .SQLITE_READONLY, .SQLITE_PERM, .SQLITE_AUTH, .SQLITE_FULL, .SQLITE_IOERR:
            self = .unwritable(path: path, reason: reason)
        default:
            self = .database(path: path, reason: reason)
        }
    }
}
