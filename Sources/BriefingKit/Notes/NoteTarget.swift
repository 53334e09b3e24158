/// What a note is about: one statement, one speaker, or the whole article.
public enum NoteTarget: String, Sendable, Hashable, CaseIterable {
    /// One statement, anchored to its text.
    case statement
    /// One speaker.
    case speaker
    /// The whole article.
    case article
}
