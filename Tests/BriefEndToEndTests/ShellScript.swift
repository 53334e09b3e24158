import Foundation

/// A shell script run in a tmux pane: `brief` in it, then its exit status and the terminal modes.
enum ShellScript {
    /// The marker line the script prints with the terminal's icanon and echo modes after `brief`.
    static let restoredModes = "MODES=icanon,echo"

    /// Writes into `scratch` a script that runs `brief` with `arguments`, then prints `EXIT=<status>`
    /// and the modes line, and returns the command that runs it.
    ///
    /// `prefix` goes before the command (e.g. `env -u TERM`); notes go to a database in `scratch`, the cache to a folder there.
    /// The script then sleeps so the pane stays readable.
    static func runningBrief(_ arguments: [String], prefix: String, in scratch: Scratch) throws -> String {
        let quoted = ([BriefBinary.path] + arguments).map(quote).joined(separator: " ")
        let notes = scratch.path("notes.sqlite")
        let script = """
            export BRIEF_NOTES=\(quote(notes))
            export BRIEF_CACHE=\(quote(scratch.path("cache")))
            \(prefix) \(quoted)
            echo "EXIT=$?"
            echo "MODES=$(stty -a | tr -s ' ;' '\\n\\n' | grep -xE -- '-?(icanon|echo)' | paste -sd, -)"
            exec sleep 600
            """
        let path = try scratch.write(script, named: "run.sh")
        return "sh \(quote(path))"
    }

    /// The text as one single-quoted shell word.
    static func quote(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
