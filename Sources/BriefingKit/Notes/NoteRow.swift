import Foundation
import GRDB

/// Reads notes from the database rows of `note` joined with `article`.
enum NoteRow {
    private static let select = """
        SELECT note.*, article.path, article.content_hash, article.title
        FROM note JOIN article ON article.id = note.article_id
        """

    /// The note with this id, or nil.
    static func fetchOne(_ db: Database, id: Int64) throws -> Note? {
        try fetchAll(db, where: "note.id = ?", arguments: [id]).first
    }

    /// The notes matching an SQL condition, by id.
    static func fetchAll(_ db: Database, where condition: String, arguments: StatementArguments) throws -> [Note] {
        try Row.fetchAll(db, sql: "\(select) WHERE \(condition) ORDER BY note.id", arguments: arguments).map(note)
    }

    /// One row as a note.
    private static func note(_ row: Row) -> Note {
        let anchor: NoteAnchor? = (row["anchor_exact"] as String?).map { exact in
            NoteAnchor(
                exact: exact, prefix: row["anchor_prefix"] ?? "", suffix: row["anchor_suffix"] ?? "",
                range: TextRange(start: row["anchor_start"] ?? 0, end: row["anchor_end"] ?? 0))
        }
        let content = NewNote(
            target: NoteTarget(rawValue: row["target"]) ?? .article,
            article: ArticleIdentity(path: row["path"], contentHash: row["content_hash"]),
            articleTitle: row["title"], anchor: anchor, statementID: row["statement_id"],
            statementKind: (row["statement_kind"] as String?).flatMap(StatementKind.init(rawValue:)),
            speakerID: row["speaker_id"], speakerName: row["speaker_name"], speakerRole: row["speaker_role"],
            text: row["text"])
        return Note(id: row["id"], content: content, created: row["created_at"], updated: row["updated_at"])
    }
}
