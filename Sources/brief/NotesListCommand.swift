import ArgumentParser
import BriefingKit

/// `brief notes list`: the notes of some articles, or all notes.
struct NotesListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List notes: of the given articles (files or folders), or all of them.")

    @Flag(help: "Print the JSON document described in docs/notes.md.")
    var json = false

    @Argument(help: "Article files or folders; all notes when none are given.")
    var paths: [String] = []

    @OptionGroup var notes: NotesStoreOptions

    /// Prints the notes as text or JSON.
    func run() throws {
        try runNotesCommand {
            let entries = try NotesArticles.entries(store: try notes.openForReading(), paths: paths)
            NotesOutput.write(json ? NotesJSON.render(entries) : NotesListing.render(entries))
        }
    }
}

/// The plain-text listing of `brief notes list`: one block per note.
enum NotesListing {
    /// Each note as a header line (id, target, status, article) and its indented context and text; "No notes." for none.
    static func render(_ entries: [NoteExportEntry]) -> String {
        if entries.isEmpty { return "No notes.\n" }
        return entries.map { entry in
            var lines = ["\(entry.note.id)\t\(entry.note.target.rawValue)\t\(entry.status)\t\(entry.articlePath)"]
            let speaker = entry.speakerName.map { name in entry.speakerRole.map { "\(name) (\($0))" } ?? name }
            if let quote = entry.statementText {
                let kind = entry.statementKind.map { "\($0.rawValue): " } ?? ""
                lines += indented("\(speaker.map { "\($0), " } ?? "")\(kind)“\(quote)”", by: "    ")
            } else if let speaker {
                lines.append("    \(speaker)")
            }
            lines += indented(entry.note.text, by: "    > ")
            return lines.joined(separator: "\n") + "\n"
        }.joined()
    }

    /// Each line of `text` with `prefix` in front.
    private static func indented(_ text: String, by prefix: String) -> [String] {
        text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map { line in
            line.isEmpty ? String(prefix.reversed().drop { $0 == " " }.reversed()) : prefix + line
        }
    }
}
