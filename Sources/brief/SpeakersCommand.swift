import ArgumentParser
import BriefingKit

/// `brief speakers`: a table of who speaks in each article.
struct SpeakersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "speakers",
        abstract: "List the speakers of each article: name, kind, role, statements."
    )

    @OptionGroup var input: InputPaths

    /// Prints one table per article, headed by its path when there are several.
    func run() throws {
        let loaded = ArticleLoader.load(input.paths)
        for (index, article) in loaded.articles.enumerated() {
            if index > 0 { print() }
            if loaded.articles.count > 1 { print(VisibleText.clean(article.source)) }
            guard !article.speakers.isEmpty else {
                print("(no speakers found)")
                continue
            }
            let rows = article.speakers.map { speaker in
                [speaker.name, speaker.kind.rawValue, speaker.primaryRole ?? "—", String(speaker.statementCount)]
            }
            print(TextTable.render(header: ["NAME", "KIND", "ROLE", "STATEMENTS"], rows: rows), terminator: "")
        }
        if loaded.failed { throw ExitCode(ExitStatus.inputFailed) }
    }
}
