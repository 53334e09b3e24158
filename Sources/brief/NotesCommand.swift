import ArgumentParser

/// `brief notes`: add, list, remove and export notes from the command line.
struct NotesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "notes",
        abstract: "Add, list, remove and export notes on statements, speakers and articles.",
        discussion: """
            Notes are kept in $BRIEF_NOTES, else $XDG_DATA_HOME/brief/notes.sqlite, \
            else ~/.local/share/brief/notes.sqlite; --notes PATH chooses another file.
            """,
        subcommands: [NotesAddCommand.self, NotesListCommand.self, NotesRemoveCommand.self, NotesExportCommand.self])
}
