/// The kind of a statement: how directly the article reports it.
public enum StatementKind: String, Sendable, Codable, CaseIterable {
    /// A full quotation in quote marks.
    case direct
    /// A quoted phrase inside reported speech.
    case partial
    /// Indirect speech introduced by a cue verb.
    case reported
    /// A position held without a speech act ("X wants …").
    case stance
}

/// One thing a speaker said or holds in an article.
public struct Statement: Hashable, Sendable, Identifiable {
    /// An id unique within the article ("s9").
    public var id: String
    /// The id of the speaker, or nil when nobody can be named.
    public var speakerID: String?
    /// How the statement is reported.
    public var kind: StatementKind
    /// The cue that introduces it ("said", "according to"), when there is one.
    public var cue: String?
    /// The content: inside the marks for a quote, the reported clause otherwise; the slice of the article at `range`
    /// (an extracted statement's shares the article's storage).
    public var text: Substring
    /// The index of the block the statement starts in.
    public var block: Int
    /// Where the content lies in the article's decoded text.
    public var range: TextRange

    /// Creates a statement whose text is a slice (an extracted statement's is a slice of its article's text).
    public init(id: String, speakerID: String?, kind: StatementKind, cue: String?, text: Substring, block: Int, range: TextRange) {
        self.id = id
        self.speakerID = speakerID
        self.kind = kind
        self.cue = cue
        self.text = text
        self.block = block
        self.range = range
    }

    /// Creates a statement whose text is a whole string (held as a slice of it, not copied).
    public init(id: String, speakerID: String?, kind: StatementKind, cue: String?, text: String, block: Int, range: TextRange) {
        self.init(id: id, speakerID: speakerID, kind: kind, cue: cue, text: Substring(text), block: block, range: range)
    }
}
