import CNCursesW
import Foundation
import Glibc

/// Runs `$EDITOR` on a text with the terminal handed over, then takes the screen back.
enum ExternalEditor {
    /// The editor command: `$EDITOR` (it may hold arguments), else `vi`.
    static func command(environment: [String: String]) -> String {
        let editor = environment["EDITOR"]?.trimmingCharacters(in: .whitespaces) ?? ""
        return editor.isEmpty ? "vi" : editor
    }

    /// Lets the user edit `text` in the editor; the edited text, or nil when the editor could not run or failed.
    ///
    /// Curses is suspended (`def_prog_mode`, `endwin`) while the editor runs and restored after
    /// (`reset_prog_mode`, `refresh`); the caller redraws the whole screen.
    static func edit(_ text: String, environment: [String: String]) -> String? {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("brief-note-\(getpid())-\(UUID().uuidString).md")
        guard FileManager.default.createFile(atPath: file.path, contents: Data(text.utf8), attributes: [.posixPermissions: 0o600]) else { return nil }
        defer { try? FileManager.default.removeItem(at: file) }
        def_prog_mode()
        endwin()
        let succeeded = run(command(environment: environment), on: file.path)
        reset_prog_mode()
        refresh()
        guard succeeded, let data = FileManager.default.contents(atPath: file.path) else { return nil }
        return String(decoding: data, as: UTF8.self)
    }

    /// Runs `sh -c 'COMMAND "$1"' sh PATH` in the foreground and waits; true when it exited with status 0.
    private static func run(_ command: String, on path: String) -> Bool {
        let arguments = ["/bin/sh", "-c", command + " \"$1\"", "sh", path]
        var pointers: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { for pointer in pointers { free(pointer) } }
        var pid: pid_t = 0
        guard posix_spawn(&pid, "/bin/sh", nil, nil, &pointers, environ) == 0 else { return false }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1, errno == EINTR {}
        return status & 0x7f == 0 && (status >> 8) & 0xff == 0
    }
}
