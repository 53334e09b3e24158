import Foundation
import GRDB

/// The notes database: every add, edit and delete is its own transaction, committed at once.
///
/// Safe to share between threads and between processes (WAL, a 10 s busy timeout).
public final class NoteStore: Sendable {
    /// The database file.
    public let path: String
    /// Whether the store was opened read-only; writes then throw `NoteStoreError.readOnly`.
    public let isReadOnly: Bool
    let pool: DatabasePool

    /// Opens the notes database at `path`, creating it and its folders on first use.
    ///
    /// Throws `NoteStoreError`: `.unwritable` (open again with `readOnly: true` to go on
    /// read-only), `.corrupt`, `.foreign` or `.newerSchema` (the file is left untouched),
    /// `.missing` (read-only and no file yet).
    public init(path: String, readOnly: Bool = false) throws {
        self.path = path
        self.isReadOnly = readOnly
        if readOnly {
            guard FileManager.default.fileExists(atPath: path) else { throw NoteStoreError.missing(path: path) }
        } else {
            try Self.createFolder(of: path)
        }
        try NoteFileCheck.inspect(path)
        do {
            if readOnly {
                pool = try NoteConnection.readOnly(path) { try DatabasePool(path: $0, configuration: $1) }
                return
            }
            pool = try DatabasePool(path: path, configuration: NoteConnection.configuration(readOnly: false))
            try pool.writeWithoutTransaction { try $0.execute(sql: "PRAGMA synchronous = FULL") }
            try migrate()
        } catch let error as NoteStoreError {
            throw error
        } catch {
            throw NoteStoreError(error, path: path)
        }
    }

    /// `NotesLocation.defaultPath` for this process's environment.
    public static func defaultPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        NotesLocation.defaultPath(environment: environment)
    }

    /// Runs the migrations; another process migrating at the same moment counts as success.
    private func migrate() throws {
        do {
            try NoteSchema.migrator.migrate(pool)
        } catch {
            guard try pool.read(NoteSchema.migrator.hasCompletedMigrations) else { throw error }
        }
    }

    /// Creates the folders above `path`, or throws `.unwritable`.
    private static func createFolder(of path: String) throws {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw NoteStoreError.unwritable(path: path, reason: "cannot create the folder \(folder.path)")
        }
    }
}
