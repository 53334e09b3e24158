import Foundation

/// Where the notes database lives when no `--notes PATH` is given.
public enum NotesLocation {
    /// `$BRIEF_NOTES`, else `$XDG_DATA_HOME/brief/notes.sqlite`, else `~/.local/share/brief/notes.sqlite`.
    public static func defaultPath(environment: [String: String]) -> String {
        if let path = environment["BRIEF_NOTES"], !path.isEmpty { return path }
        if let data = environment["XDG_DATA_HOME"], data.hasPrefix("/") {
            return data + "/brief/notes.sqlite"
        }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return home + "/.local/share/brief/notes.sqlite"
    }
}
