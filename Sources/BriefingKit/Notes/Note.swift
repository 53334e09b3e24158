import Foundation

/// A note as stored: what it is about, where it is anchored, its text and times.
public struct Note: Sendable, Hashable, Identifiable {
    /// The note's number; never reused after a delete.
    public var id: Int64
    /// Whether the note is about a statement, a speaker or the article.
    public var target: NoteTarget
    /// The article the note was written on.
    public var article: ArticleIdentity
    /// The article's title when the note was written, if it had one.
    public var articleTitle: String?
    /// For statement notes: the quoted text with its context.
    public var anchor: NoteAnchor?
    /// For statement notes: the statement's id when the note was written (ids change; a hint only).
    public var statementID: String?
    /// For statement notes: the statement's kind when the note was written.
    public var statementKind: StatementKind?
    /// The speaker's id (the note's target, or the statement's speaker) when the note was written.
    public var speakerID: String?
    /// The speaker's name when the note was written.
    public var speakerName: String?
    /// The speaker's first role when the note was written.
    public var speakerRole: String?
    /// The note itself: any Unicode, any number of lines.
    public var text: String
    /// When the note was added.
    public var created: Date
    /// When the note's text last changed.
    public var updated: Date

    /// Creates a note from stored values.
    public init(
        id: Int64, target: NoteTarget, article: ArticleIdentity, articleTitle: String?,
        anchor: NoteAnchor?, statementID: String?, statementKind: StatementKind?,
        speakerID: String?, speakerName: String?, speakerRole: String?,
        text: String, created: Date, updated: Date
    ) {
        self.id = id
        self.target = target
        self.article = article
        self.articleTitle = articleTitle
        self.anchor = anchor
        self.statementID = statementID
        self.statementKind = statementKind
        self.speakerID = speakerID
        self.speakerName = speakerName
        self.speakerRole = speakerRole
        self.text = text
        self.created = created
        self.updated = updated
    }
}
