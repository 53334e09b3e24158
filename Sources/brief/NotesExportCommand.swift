import ArgumentParser
import BriefingKit

/// `brief notes export`: notes as Markdown, JSON or CSV, to a file or standard output.
struct NotesExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export notes as Markdown, JSON or CSV: of the given articles, or all of them.")

    /// The export formats as command-line values.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case md, json, csv

        /// The library's format.
        var format: NotesExportFormat {
            switch self {
            case .md: return .md
            case .json: return .json
            case .csv: return .csv
            }
        }
    }

    @Option(help: "md (for people), json (for programs, see docs/notes.md) or csv (RFC 4180).")
    var format: Format

    @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file (replaced whole) instead of standard output.", valueName: "file"))
    var output: String?

    @Argument(help: "Article files or folders; all notes when none are given.")
    var paths: [String] = []

    @OptionGroup var notes: NotesStoreOptions

    /// Renders the notes and writes them to the file or standard output.
    func run() throws {
        try runNotesCommand {
            let entries = try NotesArticles.entries(store: try notes.openForReading(), paths: paths)
            let text = format.format.render(entries)
            guard let output else { return NotesOutput.write(text) }
            try NotesFileWriter.write(text, to: output)
            StandardError.write("Wrote \(entries.count) note\(entries.count == 1 ? "" : "s") to \(output).")
        }
    }
}
