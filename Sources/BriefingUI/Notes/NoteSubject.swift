/// What a note typed in the reader is about.
enum NoteSubject: Hashable, Sendable {
    /// The statement with this id.
    case statement(String)
    /// The speaker with this id.
    case speaker(String)
    /// The open article as a whole.
    case article
}
