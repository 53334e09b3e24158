import Foundation

/// One note with the article context an export shows: the article, the speaker, the statement.
///
/// Values come from the article as it reads now when the note is placed in it, and from what
/// was saved with the note when it is detached or the article could not be read.
public struct NoteExportEntry: Sendable, Hashable {
    /// The note as stored.
    public var note: Note
    /// Where the note lands in the article now.
    public var placement: NotePlacement
    /// The article's absolute path.
    public var articlePath: String
    /// The article's title, if known.
    public var articleTitle: String?
    /// The speaker the note is about or whose statement it is on.
    public var speakerID: String?
    /// The speaker's name.
    public var speakerName: String?
    /// The speaker's first role.
    public var speakerRole: String?
    /// The statement's id (now, or as saved).
    public var statementID: String?
    /// The statement's kind.
    public var statementKind: StatementKind?
    /// The statement in full as it reads now, or the quoted text as saved.
    public var statementText: String?
    /// Where the statement lies in the article now, when it is placed.
    public var statementRange: TextRange?

    /// The export view of a resolved note; `article` is the article it was resolved in, if any.
    public init(_ resolved: ResolvedNote, article: Article?) {
        let note = resolved.note
        self.note = note
        placement = resolved.placement
        articlePath = article.map { ArticleIdentity.absolutePath($0.source) } ?? note.article.path
        articleTitle = article?.title ?? note.articleTitle
        speakerID = note.speakerID
        speakerName = note.speakerName
        speakerRole = note.speakerRole
        statementID = note.statementID
        statementKind = note.statementKind
        statementText = note.anchor?.exact
        guard let article else { return }
        switch resolved.placement {
        case .statement(let id, _):
            guard let statement = article.statements.first(where: { $0.id == id }) else { return }
            statementID = statement.id
            statementKind = statement.kind
            statementText = String(statement.text)
            statementRange = statement.range
            if let speaker = article.speaker(id: statement.speakerID) { useSpeaker(speaker) }
        case .passage(let range):
            statementID = nil
            statementText = article.slice(range)
            statementRange = range
        case .speaker(let id):
            if let speaker = article.speaker(id: id) { useSpeaker(speaker) }
        case .article, .detached, .unchecked:
            break
        }
    }

    /// The note's state as exported: anchored, passage, detached or unchecked.
    public var status: String {
        switch placement {
        case .statement, .speaker, .article: return "anchored"
        case .passage: return "passage"
        case .detached: return "detached"
        case .unchecked: return "unchecked"
        }
    }

    private mutating func useSpeaker(_ speaker: Speaker) {
        speakerID = speaker.id
        speakerName = speaker.name
        speakerRole = speaker.primaryRole
    }

    /// A date as ISO 8601 in UTC to the second ("2026-11-26T20:15:00Z").
    static func timestamp(_ date: Date) -> String {
        date.formatted(Date.ISO8601FormatStyle())
    }
}
