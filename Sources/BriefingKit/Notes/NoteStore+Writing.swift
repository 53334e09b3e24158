import Foundation
import GRDB

extension NoteStore {
    /// Adds a note and returns it with its id; it is on disk when this returns.
    @discardableResult
    public func add(_ new: NewNote) throws -> Note {
        let now = Date()
        return try write { db -> Note in
            try db.execute(
                sql: """
                    INSERT INTO article (path, content_hash, title) VALUES (?, ?, ?)
                    ON CONFLICT (path, content_hash) DO UPDATE SET title = excluded.title
                    """,
                arguments: [new.article.path, new.article.contentHash, new.articleTitle])
            let articleID = try Int64.fetchOne(
                db, sql: "SELECT id FROM article WHERE path = ? AND content_hash = ?",
                arguments: [new.article.path, new.article.contentHash])
            try db.execute(
                sql: """
                    INSERT INTO note (article_id, target, statement_id, statement_kind, speaker_id,
                        speaker_name, speaker_role, anchor_exact, anchor_prefix, anchor_suffix,
                        anchor_start, anchor_end, text, created_at, updated_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    articleID, new.target.rawValue, new.statementID, new.statementKind?.rawValue,
                    new.speakerID, new.speakerName, new.speakerRole, new.anchor?.exact,
                    new.anchor?.prefix, new.anchor?.suffix, new.anchor?.range.start,
                    new.anchor?.range.end, new.text, now, now,
                ])
            let id = db.lastInsertedRowID
            guard let note = try NoteRow.fetchOne(db, id: id) else { throw NoteStoreError.noSuchNote(id: id) }
            return note
        }
    }

    /// Replaces a note's text and returns the note as now stored.
    @discardableResult
    public func update(id: Int64, text: String) throws -> Note {
        return try write { db -> Note in
            try db.execute(
                sql: "UPDATE note SET text = ?, updated_at = ? WHERE id = ?",
                arguments: [text, Date(), id])
            guard db.changesCount > 0, let note = try NoteRow.fetchOne(db, id: id) else {
                throw NoteStoreError.noSuchNote(id: id)
            }
            return note
        }
    }

    /// Deletes a note for good.
    public func delete(id: Int64) throws {
        try write { db in
            let articleID = try Int64.fetchOne(db, sql: "SELECT article_id FROM note WHERE id = ?", arguments: [id])
            guard let articleID else { throw NoteStoreError.noSuchNote(id: id) }
            try db.execute(sql: "DELETE FROM note WHERE id = ?", arguments: [id])
            try db.execute(
                sql: "DELETE FROM article WHERE id = ? AND NOT EXISTS (SELECT 1 FROM note WHERE article_id = ?)",
                arguments: [articleID, articleID])
        }
    }

    /// Runs `body` in one immediate transaction, committed before returning; errors become `NoteStoreError`.
    private func write<T: Sendable>(_ body: @Sendable (Database) throws -> T) throws -> T {
        if isReadOnly { throw NoteStoreError.readOnly(path: path) }
        do {
            return try pool.write(body)
        } catch let error as NoteStoreError {
            throw error
        } catch {
            throw NoteStoreError(error, path: path)
        }
    }
}
