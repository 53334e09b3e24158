import ArgumentParser
import Foundation

/// Unbuffered writes to standard output for `brief notes`.
enum NotesOutput {
    /// Writes `text` to standard output at once (so a caller sees each line as it is acknowledged).
    static func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}

/// Runs a `brief notes` subcommand: a failure is told on standard error as `brief: …` and exits 1,
/// a wrong id exits 2 (bad usage).
func runNotesCommand(_ body: () throws -> Void) throws {
    do {
        try body()
    } catch let error as NotesUsageError {
        StandardError.write("brief: \(error.message)")
        throw ExitCode(ExitStatus.badUsage)
    } catch let error as ExitCode {
        throw error
    } catch {
        StandardError.write("brief: \(error)")
        throw ExitCode.failure
    }
}

/// A wrong argument found only after parsing (an unknown statement or speaker id).
struct NotesUsageError: Error {
    /// What was wrong and how to find the right value.
    var message: String
}
