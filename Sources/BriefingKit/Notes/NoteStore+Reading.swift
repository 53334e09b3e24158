import GRDB

extension NoteStore {
    /// The note with this id, or nil.
    public func note(id: Int64) throws -> Note? {
        try read { try NoteRow.fetchOne($0, id: id) }
    }

    /// Every stored note, oldest first.
    public func allNotes() throws -> [Note] {
        try read { try NoteRow.fetchAll($0, where: "1", arguments: []) }
    }

    /// The notes written on this article: same path, or same text at another path (a moved file).
    public func notes(for identity: ArticleIdentity) throws -> [Note] {
        try read {
            try NoteRow.fetchAll(
                $0, where: "article.path = ? OR article.content_hash = ?",
                arguments: [identity.path, identity.contentHash])
        }
    }

    /// The notes of an article, each placed where it lands in the article now (re-anchored).
    public func notes(forArticle article: Article) throws -> [ResolvedNote] {
        NoteResolver.resolve(try notes(for: ArticleIdentity(article: article)), in: article)
    }

    /// Runs a read; errors become `NoteStoreError`.
    private func read<T: Sendable>(_ body: @Sendable (Database) throws -> T) throws -> T {
        do {
            return try pool.read(body)
        } catch {
            throw NoteStoreError(error, path: path)
        }
    }
}

extension NoteStore {
    /// SQLite's `PRAGMA integrity_check`: `["ok"]` when the file is sound, else the problems found.
    public func integrityCheck() throws -> [String] {
        do {
            return try pool.read { try String.fetchAll($0, sql: "PRAGMA integrity_check") }
        } catch {
            throw NoteStoreError(error, path: path)
        }
    }
}
