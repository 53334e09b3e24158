/// Why the reader cannot take over the terminal.
public enum TerminalError: Error, Equatable, CustomStringConvertible {
    /// Standard input or output is not a terminal (a pipe, a file, a cron job).
    case notATerminal
    /// `TERM` is not set, so the terminal's capabilities are unknown.
    case termUnset
    /// `TERM` names a terminal that cannot position the cursor.
    case dumbTerminal
    /// `TERM` names a terminal the terminfo database does not know.
    case unknownTerminal(String)

    /// A message for a person: what is wrong and what to run instead.
    public var description: String {
        let reason: String
        switch self {
        case .notATerminal:
            reason = "the reader needs a terminal, but standard input or output is not one"
        case .termUnset:
            reason = "the reader needs a terminal, but TERM is not set"
        case .dumbTerminal:
            reason = "the reader needs a full-screen terminal, but TERM is dumb"
        case .unknownTerminal(let name):
            reason = "the reader cannot drive the terminal type '\(name)' (TERM): it is not in the terminfo database"
        }
        return "brief: \(reason).\nTo read articles without a terminal, use `brief extract PATH…` (add --json for programs) or `brief speakers PATH…`."
    }
}
