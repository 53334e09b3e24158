import Foundation
import GRDB

/// How the notes database is opened: the connection settings, and read-only access that
/// works even where SQLite cannot create its WAL side files.
enum NoteConnection {
    /// Foreign keys on, a 10 s busy timeout so several processes can write (two busy writers can starve one another
    /// for a few seconds on a loaded machine), read-only when asked.
    static func configuration(readOnly: Bool) -> Configuration {
        var configuration = Configuration()
        configuration.readonly = readOnly
        configuration.busyMode = .timeout(10)
        configuration.foreignKeysEnabled = true
        configuration.label = "BriefNotes"
        return configuration
    }

    /// Opens `path` read-only with `open`; in a folder where the `-shm` file cannot be created,
    /// opens it again as immutable (what was last checkpointed; enough to show notes).
    static func readOnly<Connection: DatabaseReader>(
        _ path: String, _ open: (String, Configuration) throws -> Connection
    ) throws -> Connection {
        let configuration = configuration(readOnly: true)
        do {
            let connection = try open(path, configuration)
            try connection.read { _ = try Int.fetchOne($0, sql: "SELECT count(*) FROM sqlite_master") }
            return connection
        } catch let error as DatabaseError where [.SQLITE_CANTOPEN, .SQLITE_READONLY].contains(error.resultCode) {
            return try open(URL(fileURLWithPath: path).absoluteString + "?immutable=1", configuration)
        }
    }
}
