import BriefingUI
import CNCursesW
import Glibc

/// The curses screen: started in the reader's modes, read from, and given back.
struct CursesScreen {
    /// The escape delay in milliseconds when `ESCDELAY` is not set.
    static let defaultEscapeDelay: Int32 = 25

    /// Starts curses on standard input/output (checked by `TerminalCheck`), or throws when terminfo does not know `TERM`.
    init(environment: [String: String]) throws {
        setlocale(LC_ALL, "")
        guard newterm(nil, brief_stdout(), brief_stdin()) != nil else {
            throw TerminalError.unknownTerminal(environment["TERM"] ?? "")
        }
        raw()
        noecho()
        nonl()
        let screen = brief_stdscr()
        keypad(screen, true)
        nodelay(screen, true)
        leaveok(screen, true)
        curs_set(0)
        if environment["ESCDELAY"] == nil { set_escdelay(Self.defaultEscapeDelay) }
    }

    /// The screen's size in cells.
    var size: (columns: Int, rows: Int) {
        (Int(brief_cols()), Int(brief_lines()))
    }

    /// Every key curses has ready, without waiting; input that means nothing to the reader is dropped.
    func pendingKeys() -> [Key] {
        var keys: [Key] = []
        var code: wint_t = 0
        var status = wget_wch(brief_stdscr(), &code)
        while status != ERR {
            if let key = KeyDecoder.key(status: status, code: code, size: { size }) { keys.append(key) }
            status = wget_wch(brief_stdscr(), &code)
        }
        return keys
    }

    /// Gives the terminal back in the state it was found.
    func restore() {
        if !isendwin() { endwin() }
    }
}
