import BriefingKit

/// A yes/no question the reader waits for before doing something that cannot be undone.
enum Confirmation: Hashable, Sendable {
    /// Delete the note with this id (its text was emptied).
    case deleteNote(id: Int64)
    /// Replace the existing file at `path` with an export.
    case overwrite(path: String, format: NotesExportFormat)

    /// The question shown in the bottom line.
    var question: String {
        switch self {
        case .deleteNote: return "Delete this note? (y/n)"
        case .overwrite(let path, _): return "\(path) exists. Overwrite it? (y/n)"
        }
    }
}

/// An answer to a confirmation, bound to keys in `Keymaps.confirm`.
enum ConfirmationAnswer: Hashable, Sendable {
    case yes
    case no
}
