/// The Speakers pane: name, role and number of statements, the selected speaker marked with ▸.
struct SpeakersWidget {
    /// The rows to list.
    let rows: [SpeakerRow]
    /// The row under the cursor.
    let cursor: Int
    /// The id of the speaker whose statements are shown, if any.
    let selectedID: String?
    /// The first visible row.
    let scroll: Int
    /// Whether the pane has the focus (the cursor row is drawn reversed).
    let focused: Bool
    /// Whether the speaker with an id has a note.
    let hasNote: (String) -> Bool
    /// The styles.
    let theme: Theme

    /// Draws the list into the pane's content area.
    func draw(into grid: inout Grid, _ area: Rect) {
        guard !rows.isEmpty else {
            grid.write("No speakers", in: area, row: 0, offset: 1, style: theme.dim)
            return
        }
        let window = ListWindow(count: rows.count, scroll: scroll, keeping: cursor, height: area.height)
        let widestName = rows[window.indices].filter { $0.speaker.primaryRole != nil }.map { DisplayWidth.of(Truncation.singleLine($0.speaker.name)) }.max() ?? 0
        let nameColumn = min(widestName, max(0, (area.width - 4) * 3 / 5))
        for index in window.indices {
            drawRow(rows[index], into: &grid, area: area, line: window.line(of: index), nameColumn: nameColumn)
            if focused, index == cursor { grid.restyle(line: window.line(of: index), in: area) { $0.reverse = true } }
        }
    }

    /// Draws one speaker: marker, name, role (from `nameColumn` cells on), count at the right edge.
    private func drawRow(_ row: SpeakerRow, into grid: inout Grid, area: Rect, line: Int, nameColumn: Int) {
        grid.write(row.speaker.id == selectedID ? "▸" : " ", in: area, row: line, style: theme.colored(row.color, theme.heading))
        let count = row.articleCount.map { "\(row.count) in \($0)" } ?? String(row.count)
        let available = grid.writeCount(count, noted: hasNote(row.speaker.id), in: area, line: line, theme: theme)
        guard available > 0 else { return }
        let name = Truncation.singleLine(row.speaker.name)
        let role = row.speaker.primaryRole.map(Truncation.singleLine) ?? ""
        let nameRoom = role.isEmpty ? available : min(nameColumn, available)
        grid.write(Truncation.fit(name, width: nameRoom), in: area, row: line, offset: 1, style: theme.colored(row.color, theme.heading))
        let roleWidth = available - nameRoom - 2
        if !role.isEmpty, roleWidth > 0 {
            grid.write(Truncation.fit(role, width: roleWidth), in: area, row: line, offset: 1 + nameRoom + 2, style: theme.dim)
        }
    }
}
