import GRDB

/// The notes database schema, versioned by GRDB migrations.
enum NoteSchema {
    /// The SQLite `application_id` that marks a file as Brief notes ("BRNT").
    static let applicationID: Int32 = 0x4252_4E54

    /// The migrations, oldest first; add new ones at the end, never edit a shipped one.
    static let migrator: DatabaseMigrator = {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: """
                PRAGMA application_id = \(applicationID);
                CREATE TABLE article (
                    id INTEGER PRIMARY KEY,
                    path TEXT NOT NULL,
                    content_hash TEXT NOT NULL,
                    title TEXT,
                    UNIQUE (path, content_hash)
                );
                CREATE INDEX article_content_hash ON article (content_hash);
                CREATE TABLE note (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    article_id INTEGER NOT NULL REFERENCES article (id) ON DELETE RESTRICT,
                    target TEXT NOT NULL CHECK (target IN ('statement', 'speaker', 'article')),
                    statement_id TEXT,
                    statement_kind TEXT,
                    speaker_id TEXT,
                    speaker_name TEXT,
                    speaker_role TEXT,
                    anchor_exact TEXT,
                    anchor_prefix TEXT,
                    anchor_suffix TEXT,
                    anchor_start INTEGER,
                    anchor_end INTEGER,
                    text TEXT NOT NULL,
                    created_at DATETIME NOT NULL,
                    updated_at DATETIME NOT NULL,
                    CHECK (target <> 'statement' OR anchor_exact IS NOT NULL)
                );
                CREATE INDEX note_article ON note (article_id);
                """)
        }
        return migrator
    }()
}
