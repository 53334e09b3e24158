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
    /// How the statement is reported.
    public var kind: StatementKind
    /// Whether `speakerID` is set (held apart from its string: building a struct that holds optional strings costs
    /// a copy and a destroy of the whole struct, about 240 instructions a statement).
    private var hasSpeaker: Bool
    /// Whether `cue` is set.
    private var hasCue: Bool
    /// The content: inside the marks for a quote, the reported clause otherwise; the slice of the article at `range`
    /// (an extracted statement's shares the article's storage).
    public var text: Substring
    /// The index of the block the statement starts in.
    public var block: Int
    /// Where the content lies in the article's decoded text.
    public var range: TextRange
    /// The speaker id when `hasSpeaker`, else empty.
    private var speakerText: String
    /// The cue when `hasCue`, else empty.
    private var cueText: String

    /// The id of the speaker, or nil when nobody can be named.
    public var speakerID: String? {
        get { hasSpeaker ? speakerText : nil }
        set { (speakerText, hasSpeaker) = (newValue ?? "", newValue != nil) }
    }

    /// The cue that introduces it ("said", "according to"), when there is one.
    public var cue: String? {
        get { hasCue ? cueText : nil }
        set { (cueText, hasCue) = (newValue ?? "", newValue != nil) }
    }

    /// Creates a statement whose text is a slice (an extracted statement's is a slice of its article's text).
    public init(id: String, speakerID: String?, kind: StatementKind, cue: String?, text: Substring, block: Int, range: TextRange) {
        self.id = id
        self.kind = kind
        self.hasSpeaker = speakerID != nil
        self.hasCue = cue != nil
        self.text = text
        self.block = block
        self.range = range
        self.speakerText = speakerID ?? ""
        self.cueText = cue ?? ""
    }

    /// Creates a statement whose text is a whole string (held as a slice of it, not copied).
    public init(id: String, speakerID: String?, kind: StatementKind, cue: String?, text: String, block: Int, range: TextRange) {
        self.init(id: id, speakerID: speakerID, kind: kind, cue: cue, text: Substring(text), block: block, range: range)
    }
}
