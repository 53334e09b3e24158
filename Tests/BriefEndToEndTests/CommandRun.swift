import Foundation
import Glibc

/// The outcome of running a command to completion.
struct CommandRun {
    /// The exit status (128 + signal number when killed by a signal).
    let status: Int32
    /// Everything written to standard output.
    let output: String
    /// Everything written to standard error.
    let errors: String

    /// Runs an executable with arguments, standard input from /dev/null, outputs captured through files.
    ///
    /// Spawned directly (not through Foundation's `Process`) with every signal unblocked and at its
    /// default, so that a tmux server started this way handles SIGCHLD and SIGTERM normally.
    static func run(_ executable: String, _ arguments: [String], environment: [String: String]? = nil) throws -> CommandRun {
        let scratch = try Scratch()
        let outPath = scratch.path("stdout")
        let errPath = scratch.path("stderr")
        let pid = try Spawn.start(executable, arguments, environment: environment ?? isolatedEnvironment(scratch),
                                  output: outPath, errors: errPath)
        let status = try Spawn.wait(for: pid, executable: executable)
        return CommandRun(
            status: status,
            output: try String(contentsOfFile: outPath, encoding: .utf8),
            errors: try String(contentsOfFile: errPath, encoding: .utf8)
        )
    }

    /// This process's environment with the cache in the run's scratch folder, never the user's.
    private static func isolatedEnvironment(_ scratch: Scratch) -> [String: String] {
        var environment = ProcessInfo.processInfo.environment
        environment["BRIEF_CACHE"] = scratch.path("cache")
        return environment
    }

    /// Runs the `brief` binary under test.
    static func brief(_ arguments: String..., environment: [String: String]? = nil) throws -> CommandRun {
        try run(BriefBinary.path, arguments, environment: environment)
    }
}
