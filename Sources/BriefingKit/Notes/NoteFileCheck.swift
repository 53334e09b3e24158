import Foundation
import GRDB

/// Looks at an existing notes file read-only before it is opened for writing, so a corrupt,
/// foreign or newer file is reported and never changed.
enum NoteFileCheck {
    /// Throws `.corrupt`, `.foreign` or `.newerSchema` when the file at `path` must not be used.
    static func inspect(_ path: String) throws {
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? nil
        guard let size, size > 0 else { return }
        do {
            let queue = try NoteConnection.readOnly(path) { try DatabaseQueue(path: $0, configuration: $1) }
            try queue.read { db in
                let check = try String.fetchAll(db, sql: "PRAGMA quick_check")
                guard check == ["ok"] else {
                    throw NoteStoreError.corrupt(path: path, reason: check.prefix(3).joined(separator: "; "))
                }
                let applicationID = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
                let tables = try Int.fetchOne(db, sql: """
                    SELECT count(*) FROM sqlite_master
                    WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'grdb_%'
                    """) ?? 0
                if applicationID != NoteSchema.applicationID && tables > 0 {
                    throw NoteStoreError.foreign(path: path)
                }
                if try NoteSchema.migrator.hasBeenSuperseded(db) {
                    throw NoteStoreError.newerSchema(path: path)
                }
            }
            try queue.close()
        } catch let error as NoteStoreError {
            throw error
        } catch {
            throw NoteStoreError(error, path: path)
        }
    }
}
