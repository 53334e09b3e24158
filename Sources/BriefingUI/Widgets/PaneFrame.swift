/// A box of Unicode line characters around a pane, with a title in the top edge.
enum PaneFrame {
    /// Draws the border of `rect` and its title (cut with "…" to leave a corner line); the focused pane's frame stands out.
    static func draw(into grid: inout Grid, _ rect: Rect, title: [TitleSegment], focused: Bool, theme: Theme) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        let style = focused ? theme.focusedBorder : theme.border
        let inner = rect.width - 2
        let horizontal = String(repeating: "─", count: inner)
        grid.write("┌" + horizontal + "┐", row: rect.row, column: rect.column, width: rect.width, style: style)
        grid.write("└" + horizontal + "┘", row: rect.bottom - 1, column: rect.column, width: rect.width, style: style)
        for row in (rect.row + 1)..<(rect.bottom - 1) {
            grid.write("│", row: row, column: rect.column, width: 1, style: style)
            grid.write("│", row: row, column: rect.right - 1, width: 1, style: style)
        }
        var column = rect.column + 1
        let end = rect.right - 1
        for (index, segment) in title.enumerated() {
            if index > 0 { column += grid.write("─", row: rect.row, column: column, width: end - column, style: style) }
            let room = end - column - 3
            guard room > 0 else { break }
            column += grid.write(" " + Truncation.fit(segment.text, width: room) + " ", row: rect.row, column: column, width: end - column, style: segment.style)
        }
    }
}
