import ArgumentParser
import BriefingKit

/// `brief quotes`: the statements of each article, filtered by speaker, kind or text.
struct QuotesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quotes",
        abstract: "List statements, optionally only one speaker's, one kind, or matching a text."
    )

    @Option(help: "Only statements by speakers whose name, role or alias contains this (case- and accent-insensitive).")
    var speaker: String?

    @Option(help: ArgumentHelp("Only statements of this kind: \(StatementKind.allCases.map(\.rawValue).joined(separator: ", ")).", valueName: "kind"))
    var kind: String?

    @Option(help: "Only statements whose text contains this (case- and accent-insensitive).")
    var grep: String?

    @OptionGroup var input: InputPaths

    /// Rejects an unknown kind before reading anything.
    func validate() throws {
        if let kind, StatementKind(rawValue: kind.lowercased()) == nil {
            throw ValidationError("Unknown kind '\(kind)'; use one of: \(StatementKind.allCases.map(\.rawValue).joined(separator: ", ")).")
        }
    }

    /// Prints the matching statements, one per line, prefixed by the file when there are several.
    func run() throws {
        let loaded = ArticleLoader.load(input.paths)
        let filters = Filters(kind: kind.flatMap { StatementKind(rawValue: $0.lowercased()) }, speaker: speaker.map(FoldedQuery.init), text: grep.map(FoldedQuery.init))
        for article in loaded.articles {
            let prefix = loaded.articles.count > 1 ? VisibleText.clean(article.source) + ": " : ""
            for statement in article.statements where filters.pass(statement, in: article) {
                print(prefix + VisibleText.clean(StatementLine.text(for: statement, in: article)))
            }
        }
        if loaded.failed { throw ExitCode(ExitStatus.inputFailed) }
    }

    /// The kind, speaker and text asked for, folded once.
    private struct Filters {
        let kind: StatementKind?
        let speaker: FoldedQuery?
        let text: FoldedQuery?

        /// Whether a statement passes: its kind, its text, and a speaker whose name, role or alias matches.
        func pass(_ statement: Statement, in article: Article) -> Bool {
            if let kind, statement.kind != kind { return false }
            if let text, !text.isFound(in: statement.text) { return false }
            if let speaker {
                guard let who = article.speaker(id: statement.speakerID) else { return false }
                return ([who.name] + who.roles + who.aliases).contains { speaker.isFound(in: $0) }
            }
            return true
        }
    }
}
