import Glibc

/// Checks, before curses is started, that there is a terminal to take over.
public enum TerminalCheck {
    /// Throws when standard input/output is not a terminal or `TERM` is unset or dumb.
    public static func verify(environment: [String: String]) throws {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw TerminalError.notATerminal }
        guard let term = environment["TERM"], !term.isEmpty else { throw TerminalError.termUnset }
        if term == "dumb" { throw TerminalError.dumbTerminal }
    }
}
