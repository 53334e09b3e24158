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
        let loader = LibraryLoader(paths: paths.isEmpty ? [try Self.seedPath()] : paths, cache: .standard(environment: environment))
        let expansion = loader.expansion
        for error in expansion.errors { StandardError.write("brief: \(error)") }
        for notice in expansion.notices { StandardError.write("brief: \(notice)") }
        guard !expansion.files.isEmpty else {
            if expansion.errors.isEmpty { StandardError.write("brief: \(paths.joined(separator: ", ")): no .txt or .md files here") }
            throw ExitCode(ExitStatus.inputFailed)
        }
        var library = loader.makeLibrary()
        if expansion.files.count == 1 {
            loader.wait()
            for update in loader.poll() { library.apply(update) }
            guard library.article(at: 0) != nil else {
                for error in library.errors { StandardError.write("brief: \(error)") }
                throw ExitCode(ExitStatus.inputFailed)
            }
        } else {
            loader.start()
        }
        let failed: [DocumentError]
        do {
            failed = try MainActor.assumeIsolated {
                let failures = LoadFailures()
                let model = ReaderModel(
                    library: library, colorsEnabled: ColorPreference.colorsWanted(environment: environment), notes: openNotes())
                try TerminalApp.run(model: model, environment: environment) { model in
                    let updates = loader.poll()
                    failures.note(updates)
                    model.apply(updates)
                }
                return failures.errors
            }
        } catch let error as TerminalError {
            StandardError.write("\(error)")
            throw ExitCode(ExitStatus.badUsage)
        }
        for error in failed { StandardError.write("brief: \(error)") }
        if !expansion.errors.isEmpty || !failed.isEmpty { throw ExitCode(ExitStatus.inputFailed) }
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
