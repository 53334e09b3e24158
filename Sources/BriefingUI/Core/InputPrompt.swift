/// What an input line at the bottom of the screen is typing for.
enum InputPurpose: Hashable, Sendable {
    /// `/`: searching the article.
    case search
    /// `f`: filtering speakers and statements.
    case filter
    /// `a`: writing a note.
    case note(NoteSubject)
    /// `e`: naming the export file.
    case exportPath

    /// The prompt drawn before the typed text.
    var prompt: String {
        switch self {
        case .search: return "/"
        case .filter: return "filter: "
        case .note: return "note: "
        case .exportPath: return "export to: "
        }
    }
}

/// An open input line: its purpose and its text.
struct InputPrompt: Hashable, Sendable {
    /// What is being typed.
    var purpose: InputPurpose
    /// The text field.
    var line: InputLine
    /// The article's scroll offset when the line opened, restored when a search is cancelled.
    var startScroll = 0
}
