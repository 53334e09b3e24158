import ArgumentParser
import BriefingKit

/// `brief extract`: who said what in each article, as JSON Lines or a readable listing.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Print the speakers and statements of each article.",
        discussion: "With --json: one JSON document per file, one per line (schema 1; see docs/json-output.md). Errors go to standard error."
    )

    @Flag(help: "Print JSON Lines: one document per input file.")
    var json = false

    @Flag(help: "Indent the JSON (implies --json).")
    var pretty = false

    @OptionGroup var input: InputPaths

    /// Extracts every file, printing each as soon as it is done.
    func run() throws {
        var first = true
        let failed = ArticleLoader.forEach(in: input.paths) { article in
            if json || pretty {
                print(ArticleJSON.encode(article, pretty: pretty))
            } else {
                print((first ? "" : "\n") + ArticleListing.text(for: article), terminator: "")
            }
            first = false
        }
        if failed { throw ExitCode(ExitStatus.inputFailed) }
    }
}
