import BriefingKit

/// The notes overlay: a framed list of notes over the reader.
enum NotesOverlay {
    /// The overlay's frame on a screen of the given size for `count` notes.
    static func frame(columns: Int, rows: Int, count: Int) -> Rect {
        let width = min(columns - 4, 100)
        let height = min(rows - 2, max(1, count) + 2)
        return Rect(column: max(0, (columns - width) / 2), row: max(0, (rows - height) / 2), width: width, height: height)
    }

    /// How many notes show at once.
    static func contentHeight(columns: Int, rows: Int, count: Int) -> Int {
        max(0, frame(columns: columns, rows: rows, count: count).height - 2)
    }

    /// Draws the list with the cursor row reversed.
    static func draw(into grid: inout Grid, list: NotesList, articles: [Article], theme: Theme) {
        let frame = frame(columns: grid.columns, rows: grid.rows, count: list.items.count)
        guard frame.width >= 4, frame.height >= 3 else { return }
        grid.fill(frame)
        let title = "Notes (\(list.items.count)) · Enter goes there, Esc closes"
        PaneFrame.draw(into: &grid, frame, title: [TitleSegment(text: title, style: theme.focusedTitle)], focused: true, theme: theme)
        let area = frame.inset(by: 1)
        guard !list.items.isEmpty else {
            grid.write("No notes yet: a adds one", in: area, row: 0, offset: 1, style: theme.dim)
            return
        }
        let window = ListWindow(count: list.items.count, scroll: list.scroll, keeping: list.cursor, height: area.height)
        for index in window.indices {
            let (item, line) = (list.items[index], window.line(of: index))
            let name = articles.indices.contains(item.articleIndex) ? ArticleNaming.name(of: articles[item.articleIndex]) : ""
            let label = NotesList.label(of: item, articleName: name)
            let subjectRoom = min(DisplayWidth.of(label.subject), (area.width - 4) / 2)
            let used = grid.write(NoteMarker.symbol + " " + Truncation.fit(label.subject, width: subjectRoom), in: area, row: line, offset: 1, style: theme.dim)
            grid.write(Truncation.fit(label.note, width: area.width - used - 4), in: area, row: line, offset: used + 3)
            if index == list.cursor { grid.restyle(line: line, in: area) { $0.reverse = true } }
        }
    }
}
