import Foundation

/// One command running in its own tmux server (a private socket), to type into and read back.
final class TmuxPane {
    /// Why a wait for the screen gave up.
    struct Timeout: Error, CustomStringConvertible {
        /// What was awaited.
        let awaited: String
        /// The screen when time ran out.
        let screen: String
        /// The wait's description with the last screen, for the test report.
        var description: String { "timed out waiting for \(awaited); the screen was:\n\(screen)" }
    }

    /// How long a wait for the screen lasts before failing.
    static let timeout: TimeInterval = 20
    /// How often the screen is read while waiting.
    static let pollInterval: TimeInterval = 0.02

    private let socket = "brief-e2e-\(getpid())-\(UUID().uuidString.prefix(8))"
    /// The server's socket file, removed at the end.
    private var socketPath = ""
    /// The script and notes database of the pane.
    private let scratch: Scratch

    /// Starts a detached session of the given size, with a UTF-8 locale and `tmux-256color`, whose
    /// shell script runs `brief` with the arguments `files` returns (after `prefix`) and then reports
    /// its exit status and the terminal modes (see `ShellScript`).
    ///
    /// `files` writes the test's fixtures into the pane's scratch folder, which lives as long as the pane.
    init(prefix: String = "", columns: Int = 120, rows: Int = 40, environment: [String: String] = [:],
         brief files: (Scratch) throws -> [String]) throws {
        scratch = try Scratch()
        let arguments = try files(scratch)
        var options = ["new-session", "-d", "-x", String(columns), "-y", String(rows),
                       "-e", "LANG=C.UTF-8", "-e", "TERM=tmux-256color"]
        for (name, value) in environment.sorted(by: { $0.key < $1.key }) { options += ["-e", "\(name)=\(value)"] }
        try tmux(options + [ShellScript.runningBrief(arguments, prefix: prefix, in: scratch)])
        socketPath = try display("#{socket_path}")
    }

    /// Starts a session running `brief` with fixed arguments (see the other initialiser).
    convenience init(brief arguments: [String], prefix: String = "", environment: [String: String] = [:]) throws {
        try self.init(prefix: prefix, environment: environment) { _ in arguments }
    }

    deinit {
        _ = try? tmux(["kill-server"])
        if !socketPath.isEmpty { unlink(socketPath) }
    }

    /// Runs a tmux command against this pane's server and returns what it printed.
    ///
    /// The server gets a small clean environment (PATH, HOME, TMPDIR), so the caller's
    /// NO_COLOR, ESCDELAY, BRIEF_NOTES or TMUX never leak into the pane.
    @discardableResult
    func tmux(_ arguments: [String]) throws -> String {
        let inherited = ProcessInfo.processInfo.environment
        let environment = ["PATH", "HOME", "TMPDIR"].reduce(into: ["LANG": "C.UTF-8"]) { kept, name in
            kept[name] = inherited[name]
        }
        let run = try CommandRun.run("/usr/bin/env", ["tmux", "-L", socket, "-f", "/dev/null"] + arguments, environment: environment)
        return run.output
    }

    /// The screen's text, one line per row; with `escapes`, SGR sequences show the styles.
    func capture(escapes: Bool = false) throws -> String {
        try tmux(["capture-pane", "-p"] + (escapes ? ["-e"] : []))
    }

    /// Polls the screen every 20 ms until `condition` holds on two captures in a row that are the same, and returns
    /// that screen: a frame caught half drawn never counts.
    @discardableResult
    func wait(for awaited: String, escapes: Bool = false, until condition: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(Self.timeout)
        var screen = ""
        var candidate: String?
        repeat {
            screen = try capture(escapes: escapes)
            if condition(screen) {
                if screen == candidate { return screen }
                candidate = screen
            } else {
                candidate = nil
            }
            Thread.sleep(forTimeInterval: Self.pollInterval)
        } while Date() < deadline
        throw Timeout(awaited: awaited, screen: screen)
    }

    /// Waits until the screen contains `text`.
    @discardableResult
    func wait(for text: String) throws -> String {
        try wait(for: "“\(text)”") { $0.contains(text) }
    }

    /// Sends tmux key names (`Enter`, `C-c`, `Tab`) or literal characters one key each.
    func send(_ keys: String...) throws {
        try tmux(["send-keys"] + keys)
    }

    /// Types text literally.
    func type(_ text: String) throws {
        try tmux(["send-keys", "-l", text])
    }

    /// Resizes the window, which sends SIGWINCH to the program in the pane.
    func resize(columns: Int, rows: Int) throws {
        try tmux(["resize-window", "-x", String(columns), "-y", String(rows)])
    }

    /// A format variable of the pane, such as `pane_title` or `pane_pid`.
    func display(_ format: String) throws -> String {
        try tmux(["display-message", "-p", format]).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
