/// The rows of a list that fit a pane's height, scrolled so one row (the cursor) stays in view.
struct ListWindow {
    /// The index of the first visible row.
    let offset: Int
    /// The indices of the visible rows.
    let indices: Range<Int>

    /// The window over `count` rows, `height` tall, starting near `scroll` and keeping `row` in view.
    init(count: Int, scroll: Int, keeping row: Int?, height: Int) {
        offset = ListScrolling.offset(scroll, keeping: row, count: count, height: height)
        indices = offset..<max(offset, min(count, offset + height))
    }

    /// The pane line a visible row is drawn on.
    func line(of index: Int) -> Int {
        index - offset
    }
}

extension Grid {
    /// Changes the style of one whole line of a pane's area (the cursor or the selection).
    mutating func restyle(line: Int, in area: Rect, _ change: (inout CellStyle) -> Void) {
        restyle(Rect(column: area.column, row: area.row + line, width: area.width, height: 1), change)
    }

    /// Draws a list row's count at the right edge, and the note mark before it when `noted`; returns the columns left for the text.
    mutating func writeCount(_ count: String, noted: Bool, in area: Rect, line: Int, theme: Theme) -> Int {
        let countWidth = DisplayWidth.of(count)
        write(count, in: area, row: line, offset: area.width - countWidth - 1, style: theme.dim)
        var room = area.width - countWidth - 3
        if noted, room > 2 {
            write(NoteMarker.symbol, in: area, row: line, offset: area.width - countWidth - 3, style: theme.heading)
            room -= 2
        }
        return room
    }
}
