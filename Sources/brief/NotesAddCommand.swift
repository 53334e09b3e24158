import ArgumentParser
import BriefingKit
import Foundation

/// `brief notes add`: a note on a statement, a speaker or the whole article.
struct NotesAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Add a note on a statement, a speaker, or (with neither) the article.",
        discussion: "Prints the id of each note once it is saved. Ids are those of `brief extract --json`.")

    @Argument(help: "The article file.")
    var path: String

    @Option(help: ArgumentHelp("The statement the note is on (s1, s2, …).", valueName: "id"))
    var statement: String?

    @Option(help: ArgumentHelp("The speaker the note is on (a slug such as james-cleverly).", valueName: "id"))
    var speaker: String?

    @Option(help: ArgumentHelp("The note; - reads it from standard input. Repeat to add several notes.", valueName: "text"))
    var text: [String] = []

    @OptionGroup var notes: NotesStoreOptions

    /// Requires one target at most and at least one text.
    func validate() throws {
        if statement != nil && speaker != nil { throw ValidationError("give --statement or --speaker, not both") }
        if text.isEmpty { throw ValidationError("missing --text: the note to add") }
    }

    /// Reads the article, finds the target, and adds each note, printing its id once saved.
    func run() throws {
        try runNotesCommand {
            let article = try NotesArticles.load(path)
            let make = try target(in: article)
            let store = try notes.openForWriting()
            for text in text {
                let note = try store.add(make(text == "-" ? Self.standardInput() : text))
                NotesOutput.write("\(note.id)\n")
            }
        }
    }

    /// How to make a note on the chosen target, or a usage error naming the unknown id.
    private func target(in article: Article) throws -> @Sendable (String) -> NewNote {
        if let id = statement {
            guard let found = article.statements.first(where: { $0.id == id }) else {
                throw NotesUsageError(message: "\(path): no statement \(id); `brief extract --json \(path)` lists the ids")
            }
            return { NewNote.statement(found, in: article, text: $0) }
        }
        if let id = speaker {
            guard let found = article.speaker(id: id) else {
                throw NotesUsageError(message: "\(path): no speaker \(id); `brief extract --json \(path)` lists the ids")
            }
            return { NewNote.speaker(found, in: article, text: $0) }
        }
        return { NewNote.article(article, text: $0) }
    }

    /// Standard input as text, without one final newline.
    private static func standardInput() -> String {
        let text = String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
        return text.last?.isNewline == true ? String(text.dropLast()) : text
    }
}
