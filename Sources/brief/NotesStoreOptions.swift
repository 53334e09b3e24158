import ArgumentParser
import BriefingKit
import Foundation

/// The `--notes PATH` option every `brief notes` subcommand takes, and opening the store.
struct NotesStoreOptions: ParsableArguments {
    @Option(
        name: .customLong("notes"),
        help: ArgumentHelp(
            "The notes database (default: $BRIEF_NOTES, else $XDG_DATA_HOME/brief/notes.sqlite).",
            valueName: "path"))
    var path: String?

    /// The database file to use.
    var resolvedPath: String { path ?? NoteStore.defaultPath() }

    /// The store opened for writing, created on first use.
    func openForWriting() throws -> NoteStore {
        try NoteStore(path: resolvedPath)
    }

    /// The store opened for reading (read-only when it cannot be written), or nil when there is no file yet.
    func openForReading() throws -> NoteStore? {
        guard FileManager.default.fileExists(atPath: resolvedPath) else { return nil }
        do {
            return try NoteStore(path: resolvedPath)
        } catch NoteStoreError.unwritable {
            return try NoteStore(path: resolvedPath, readOnly: true)
        }
    }
}
