/// Where a note lands in the article as it reads now.
public enum NotePlacement: Sendable, Hashable {
    /// On this statement; `range` is where the quoted text is now.
    case statement(id: String, range: TextRange)
    /// The quoted text is still at `range`, but no statement covers it now.
    case passage(TextRange)
    /// On this speaker.
    case speaker(id: String)
    /// On the article as a whole.
    case article
    /// The quoted text (or the speaker) is gone from the article; shown from what was saved.
    case detached
    /// The article could not be read, so the note was not checked against it.
    case unchecked
}

/// A stored note together with where it lands in the current article.
public struct ResolvedNote: Sendable, Hashable, Identifiable {
    /// The note as stored.
    public var note: Note
    /// Where it lands now.
    public var placement: NotePlacement

    /// Creates a resolved note.
    public init(note: Note, placement: NotePlacement) {
        self.note = note
        self.placement = placement
    }

    /// The note's id.
    public var id: Int64 { note.id }

    /// Whether the note's statement or speaker is gone from the article.
    public var isDetached: Bool { placement == .detached }

    /// The id of the statement the note is on now, if any.
    public var statementID: String? {
        if case .statement(let id, _) = placement { return id }
        return nil
    }

    /// The id of the speaker the note is on now, if any.
    public var speakerID: String? {
        if case .speaker(let id) = placement { return id }
        return nil
    }
}
