/// The help: every key binding, generated from the keymaps that `update` dispatches on.
enum HelpOverlay {
    /// One line of the help text.
    enum Line: Hashable, Sendable {
        /// A keymap's title.
        case heading(String)
        /// Keys and what they do.
        case binding(keys: String, summary: String)
        /// Space between keymaps.
        case blank
    }

    /// The reading keys, then the typing, help, notes list and question keys.
    static let sections: [[Line]] = [
        lines(of: Keymaps.reader),
        lines(of: Keymaps.input) + [.blank] + lines(of: Keymaps.help) + [.blank] + lines(of: Keymaps.notesList)
            + [.blank] + lines(of: Keymaps.confirm),
    ]

    /// The whole help as one column.
    static let lines: [Line] = sections.joined(separator: [.blank]).map { $0 }

    /// A keymap's title and bindings as help lines.
    private static func lines<Action>(of keymap: Keymap<Action>) -> [Line] {
        [.heading(keymap.title)] + keymap.bindings.map { binding in
            .binding(keys: binding.keys.map(\.label).joined(separator: " "), summary: binding.summary)
        }
    }

    /// The width of the keys column for some lines.
    private static func keysWidth(of lines: [Line]) -> Int {
        lines.reduce(0) { widest, line in
            if case .binding(let keys, _) = line { return max(widest, DisplayWidth.of(keys)) }
            return widest
        }
    }

    /// The cells a column of lines needs: keys, a gap, summaries.
    private static func width(of lines: [Line]) -> Int {
        lines.reduce(0) { widest, line in
            switch line {
            case .heading(let title): return max(widest, DisplayWidth.of(title))
            case .binding(_, let summary): return max(widest, 1 + keysWidth(of: lines) + 2 + DisplayWidth.of(summary))
            case .blank: return widest
            }
        }
    }

    /// The gap between two columns of help.
    private static let columnGap = 3

    /// The help laid out for an inner width: side by side when both sections fit, else one column.
    static func columns(forWidth width: Int) -> [[Line]] {
        let needed = sections.map(Self.width(of:)).reduce(0, +) + columnGap * (sections.count - 1)
        return needed <= width ? sections : [lines]
    }

    /// The overlay's frame on a screen of the given size.
    static func frame(columns: Int, rows: Int) -> Rect {
        let sideBySide = sections.map(Self.width(of:)).reduce(0, +) + columnGap * (sections.count - 1) + 4
        let width = min(columns - 4, max(Self.width(of: lines) + 4, min(sideBySide, columns - 4)))
        let inner = width - 4
        let height = min(rows - 2, (Self.columns(forWidth: inner).map(\.count).max() ?? 0) + 2)
        return Rect(column: max(0, (columns - width) / 2), row: max(0, (rows - height) / 2), width: width, height: height)
    }

    /// How many help lines show at once on a screen of the given size.
    static func contentHeight(columns: Int, rows: Int) -> Int {
        max(0, frame(columns: columns, rows: rows).height - 2)
    }

    /// How many lines the longest help column has on a screen of the given size.
    static func lineCount(columns: Int, rows: Int) -> Int {
        Self.columns(forWidth: frame(columns: columns, rows: rows).width - 4).map(\.count).max() ?? 0
    }

    /// Draws the overlay over whatever is on the grid.
    static func draw(into grid: inout Grid, scroll: Int, theme: Theme) {
        let frame = frame(columns: grid.columns, rows: grid.rows)
        guard frame.width >= 4, frame.height >= 3 else { return }
        grid.fill(frame)
        let area = frame.inset(by: 1).insetHorizontally(by: 1)
        let columns = columns(forWidth: area.width)
        let total = columns.map(\.count).max() ?? 0
        let title = total > area.height ? "Keys (j k scroll, Esc closes)" : "Keys (Esc closes)"
        PaneFrame.draw(into: &grid, frame, title: [TitleSegment(text: title, style: theme.focusedTitle)], focused: true, theme: theme)
        let top = min(max(0, scroll), max(0, total - area.height))
        var left = 0
        for column in columns {
            let keysWidth = keysWidth(of: column)
            let columnArea = Rect(column: area.column + left, row: area.row, width: area.width - left, height: area.height)
            for row in 0..<area.height where top + row < column.count {
                switch column[top + row] {
                case .heading(let title):
                    grid.write(title, in: columnArea, row: row, style: theme.heading)
                case .binding(let keys, let summary):
                    grid.write(keys, in: columnArea, row: row, offset: 1, style: theme.colored(.cyan, theme.heading))
                    grid.write(summary, in: columnArea, row: row, offset: keysWidth + 3)
                case .blank:
                    break
                }
            }
            left += width(of: column) + columnGap
        }
    }
}
