import ArgumentParser
import BriefingKit

/// `brief notes rm`: deletes a note by id.
struct NotesRemoveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rm",
        abstract: "Delete a note (ids are shown by `brief notes list`).")

    @Argument(help: "The note's id.")
    var id: Int64

    @OptionGroup var notes: NotesStoreOptions

    /// Deletes the note, or fails naming the id.
    func run() throws {
        try runNotesCommand {
            try notes.openForWriting().delete(id: id)
            NotesOutput.write("Deleted note \(id).\n")
        }
    }
}
