import BriefingUI
import Foundation

/// Runs a `ReaderModel` on the terminal: draws it, feeds it keys, carries out its effects.
@MainActor
public enum TerminalApp {
    /// Runs the reader until it quits, then restores the terminal.
    ///
    /// Throws `TerminalError` before touching the screen when there is no usable
    /// terminal. On SIGINT, SIGTERM or SIGHUP the terminal is restored and the process
    /// ends by that signal; on a crash the terminal is restored before the report. `refresh`, when given,
    /// hands the model background results (e.g. `apply` a loader's updates) before each draw, every 50 ms while it is loading.
    public static func run(
        model: ReaderModel, environment: [String: String] = ProcessInfo.processInfo.environment,
        refresh: ((inout ReaderModel) -> Void)? = nil
    ) throws {
        try TerminalCheck.verify(environment: environment)
        let signals = SignalWatcher()
        defer { signals.restore() }
        let screen = try CursesScreen(environment: environment)
        CrashGuard.install()
        var loop = ReaderLoop(
            model: model, screen: screen, presenter: GridPresenter(colors: ColorPairs(environment: environment)),
            refresh: refresh, environment: environment)
        let signal = loop.run(signals: signals)
        screen.restore()
        if let signal { signals.terminate(by: signal) }
    }
}
