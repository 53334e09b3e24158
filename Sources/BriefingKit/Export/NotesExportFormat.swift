/// The formats notes export to.
public enum NotesExportFormat: String, Sendable, CaseIterable {
    /// Markdown, for people.
    case md
    /// JSON (docs/notes.md), for programs.
    case json
    /// CSV per RFC 4180, for spreadsheets.
    case csv

    /// The notes rendered in this format.
    public func render(_ entries: [NoteExportEntry]) -> String {
        switch self {
        case .md: return NotesMarkdown.render(entries)
        case .json: return NotesJSON.render(entries)
        case .csv: return NotesCSV.render(entries)
        }
    }

    /// The file name extension for this format, without the dot.
    public var fileExtension: String { rawValue }
}
