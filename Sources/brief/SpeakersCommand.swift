import ArgumentParser
import BriefingKit

/// `brief speakers`: a table of who speaks, in one article or merged across many.
struct SpeakersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "speakers",
        abstract: "List the speakers: name, kind, role, statements (and articles, across several).",
        discussion: "With several articles (or a folder) the same person is merged across them; --each prints one table per article instead."
    )

    @Flag(help: "With several articles, one table per article instead of one merged table.")
    var each = false

    @OptionGroup var input: InputPaths

    /// Prints the merged table, or one table per article.
    func run() throws {
        let loaded = ArticleLoader.loadLibrary(input.paths)
        let articles = loaded.library.articles
        if articles.count > 1 && !each {
            printMerged(loaded.library.speakers())
        } else {
            for (index, article) in articles.enumerated() {
                if index > 0 { print() }
                if articles.count > 1 { print(VisibleText.clean(article.source)) }
                printTable(of: article)
            }
        }
        if loaded.failed { throw ExitCode(ExitStatus.inputFailed) }
    }

    /// One article's speakers.
    private func printTable(of article: Article) {
        guard !article.speakers.isEmpty else {
            print("(no speakers found)")
            return
        }
        let rows = article.speakers.map { speaker in
            [speaker.name, speaker.kind.rawValue, speaker.primaryRole ?? "—", String(speaker.statementCount)]
        }
        print(TextTable.render(header: ["NAME", "KIND", "ROLE", "STATEMENTS"], rows: rows), terminator: "")
    }

    /// The speakers merged across a library, with how many articles each speaks in.
    private func printMerged(_ speakers: LibrarySpeakers) {
        guard !speakers.speakers.isEmpty else {
            print("(no speakers found)")
            return
        }
        let rows = speakers.speakers.map { speaker in
            [speaker.name, speaker.kind.rawValue, speaker.primaryRole ?? "—", String(speaker.statementCount), String(speaker.articleCount)]
        }
        print(TextTable.render(header: ["NAME", "KIND", "ROLE", "STATEMENTS", "ARTICLES"], rows: rows), terminator: "")
    }
}
