import ArgumentParser
import Foundation

/// The `brief` command: a terminal reader for news briefings that shows who said what.
@main
struct Brief: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "brief",
        abstract: "Read news briefings and see who said what.",
        usage: "brief [<path> ...]\nbrief <subcommand> [<options>] <path> ...",
        discussion: """
            With no subcommand, `brief [PATH…]` opens the reader (the bundled seed \
            briefing when no PATH is given). Folders are searched for .txt and .md files.
            Exit status: 0 ok, 1 some input failed, 2 bad usage or no terminal.
            """,
        subcommands: [ReadCommand.self, ExtractCommand.self, SpeakersCommand.self, QuotesCommand.self, NotesCommand.self, BenchCommand.self],
        defaultSubcommand: ReadCommand.self
    )

    /// Parses and runs the command, exiting 2 (not argument-parser's 64) on bad usage.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            if exitCode(for: error) == .validationFailure {
                StandardError.write(fullMessage(for: error))
                Foundation.exit(ExitStatus.badUsage)
            }
            exit(withError: error)
        }
    }
}
