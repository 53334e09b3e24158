/// Reads parts of a captured reader screen.
enum PaneText {
    /// The text inside the frame titled `title` (`┌ Title ───┐`), without its borders, row by row.
    static func lines(of title: String, in screen: String) -> [String] {
        let rows = screen.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0) }
        for (top, row) in rows.enumerated() {
            guard let left = corner(of: title, in: row),
                  let right = row[left...].firstIndex(of: "┐") else { continue }
            var inside: [String] = []
            for below in rows[(top + 1)...] {
                guard right < below.count, below[left] == "│" else { break }
                inside.append(String(below[(left + 1)..<right]))
            }
            return inside
        }
        return []
    }

    /// The column of the `┌` that opens a frame whose title starts with `title`.
    private static func corner(of title: String, in row: [Character]) -> Int? {
        let pattern = Array("┌ " + title)
        guard row.count >= pattern.count else { return nil }
        return (0...(row.count - pattern.count)).first { Array(row[$0..<($0 + pattern.count)]) == pattern }
    }

    /// The text of the frame titled `title` as one string, rows joined by newlines.
    static func text(of title: String, in screen: String) -> String {
        lines(of: title, in: screen).joined(separator: "\n")
    }

    /// The last non-empty row of the screen.
    static func statusBar(of screen: String) -> String {
        String(screen.split(separator: "\n").last ?? "")
    }
}
