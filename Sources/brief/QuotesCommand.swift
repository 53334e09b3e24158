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
        let wantedKind = kind.flatMap { StatementKind(rawValue: $0.lowercased()) }
        for article in loaded.articles {
            let prefix = loaded.articles.count > 1 ? VisibleText.clean(article.source) + ": " : ""
            for statement in article.statements where matches(statement, in: article, kind: wantedKind) {
                print(prefix + VisibleText.clean(StatementLine.text(for: statement, in: article)))
            }
        }
        if loaded.failed { throw ExitCode(ExitStatus.inputFailed) }
    }

    /// Whether a statement passes the speaker, kind and text filters.
    private func matches(_ statement: Statement, in article: Article, kind wantedKind: StatementKind?) -> Bool {
        if let wantedKind, statement.kind != wantedKind { return false }
        if let grep, !Self.contains(statement.text, grep) { return false }
        if let speaker {
            guard let who = article.speaker(id: statement.speakerID) else { return false }
            return ([who.name] + who.roles + who.aliases).contains { Self.contains($0, speaker) }
        }
        return true
    }

    /// Case- and accent-insensitive containment, folded as the reader's filter folds.
    private static func contains(_ text: String, _ part: String) -> Bool {
        TextFolding.matches(text, foldedQuery: TextFolding.fold(part))
    }
}
