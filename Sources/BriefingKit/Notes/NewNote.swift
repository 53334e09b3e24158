/// A note's content: its target and anchor taken from an analysed article, and its text; what `NoteStore.add` stores.
public struct NewNote: Sendable, Hashable {
    /// Whether the note is about a statement, a speaker or the article.
    public var target: NoteTarget
    /// The article the note is written on.
    public var article: ArticleIdentity
    /// The article's title, kept for exports made when the file is gone.
    public var articleTitle: String?
    /// For statement notes: the quoted text with its context.
    public var anchor: NoteAnchor?
    /// For statement notes: the statement's id now.
    public var statementID: String?
    /// For statement notes: the statement's kind now.
    public var statementKind: StatementKind?
    /// The speaker the note is about, or the statement's speaker.
    public var speakerID: String?
    /// The speaker's name now.
    public var speakerName: String?
    /// The speaker's first role now.
    public var speakerRole: String?
    /// The note's text.
    public var text: String

    /// A note on a statement of the article.
    public static func statement(_ statement: Statement, in article: Article, text: String) -> NewNote {
        let speaker = article.speaker(id: statement.speakerID)
        return NewNote(
            target: .statement, article: ArticleIdentity(article: article), articleTitle: article.title,
            anchor: NoteAnchor.make(for: statement, in: article), statementID: statement.id,
            statementKind: statement.kind, speakerID: statement.speakerID,
            speakerName: speaker?.name, speakerRole: speaker?.primaryRole, text: text)
    }

    /// A note on a speaker of the article.
    public static func speaker(_ speaker: Speaker, in article: Article, text: String) -> NewNote {
        NewNote(
            target: .speaker, article: ArticleIdentity(article: article), articleTitle: article.title,
            anchor: nil, statementID: nil, statementKind: nil, speakerID: speaker.id,
            speakerName: speaker.name, speakerRole: speaker.primaryRole, text: text)
    }

    /// A note on the article as a whole.
    public static func article(_ article: Article, text: String) -> NewNote {
        NewNote(
            target: .article, article: ArticleIdentity(article: article), articleTitle: article.title,
            anchor: nil, statementID: nil, statementKind: nil, speakerID: nil,
            speakerName: nil, speakerRole: nil, text: text)
    }
}
