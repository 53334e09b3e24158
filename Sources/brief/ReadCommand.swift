import ArgumentParser
import BriefingKit
import BriefingTerminal
import BriefingUI
import Foundation

/// `brief [PATH…]`: opens the reader on articles, or on the seed briefing.
struct ReadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "read",
        abstract: "Open the reader: the article, who speaks, what each said.",
        discussion: "Needs a terminal. Without one, use `brief extract` or `brief speakers`. NO_COLOR turns colours off; ESCDELAY sets the escape delay."
    )

    @Argument(help: ArgumentHelp("Article files (.txt, .md) or folders; the seed briefing when none.", valueName: "path"), completion: .file())
    var paths: [String] = []

    @OptionGroup var notes: NotesStoreOptions

    /// Loads the articles, then runs the reader until it quits.
    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        do {
            try TerminalCheck.verify(environment: environment)
        } catch {
            StandardError.write("\(error)")
            throw ExitCode(ExitStatus.badUsage)
        }
        let loaded = ArticleLoader.load(paths.isEmpty ? [try Self.seedPath()] : paths)
        guard !loaded.articles.isEmpty else { throw ExitCode(ExitStatus.inputFailed) }
        do {
            try MainActor.assumeIsolated {
                let model = ReaderModel(
                    briefing: Briefing(articles: loaded.articles),
                    colorsEnabled: ColorPreference.colorsWanted(environment: environment),
                    notes: openNotes())
                try TerminalApp.run(model: model, environment: environment)
            }
        } catch let error as TerminalError {
            StandardError.write("\(error)")
            throw ExitCode(ExitStatus.badUsage)
        }
        if loaded.failed { throw ExitCode(ExitStatus.inputFailed) }
    }

    /// The notes store, or nil (notes off, said on stderr) when it cannot be opened.
    private func openNotes() -> NoteStore? {
        do {
            return try notes.openForWriting()
        } catch {
            StandardError.write("brief: notes are off: \(error)")
            return nil
        }
    }

    /// The seed briefing's path, or exit 1 with a message when it is missing.
    private static func seedPath() throws -> String {
        do {
            return try SeedBriefing.locate()
        } catch {
            StandardError.write("\(error)")
            throw ExitCode(ExitStatus.inputFailed)
        }
    }
}
