import BriefingKit

/// The Positions pane: one statement per row with its kind's marks, and who said it (or where) when labels are shown.
struct PositionsWidget {
    /// The statements to list.
    let statements: [Statement]
    /// The index of the selected statement, if it is listed.
    let selected: Int?
    /// The first visible row.
    let scroll: Int
    /// Whether to add each row's label: its speaker when no speaker is selected, its article in All briefings.
    let showsLabels: Bool
    /// The pane has the focus.
    let focused: Bool
    /// Whether the statement of a row has a note.
    let hasNote: (Int) -> Bool
    /// The label (speaker or article) and its colour for a row.
    let label: (Int) -> (name: String, color: TerminalColor?)
    /// The styles.
    let theme: Theme

    /// Draws the list into the pane's content area.
    func draw(into grid: inout Grid, _ area: Rect) {
        guard !statements.isEmpty else {
            grid.write("No statements", in: area, row: 0, offset: 1, style: theme.dim)
            return
        }
        let window = ListWindow(count: statements.count, scroll: scroll, keeping: selected, height: area.height)
        let widestName = showsLabels ? window.indices.map { DisplayWidth.of(Truncation.singleLine(label($0).name)) }.max() ?? 0 : 0
        let nameColumn = min(widestName, max(0, min(area.width / 3, area.width - 8)))
        for index in window.indices {
            drawRow(index, into: &grid, area: area, line: window.line(of: index), nameColumn: nameColumn)
            if index == selected {
                grid.restyle(line: window.line(of: index), in: area) { style in
                    if focused { style.reverse = true } else { style.bold = true; style.underline = true }
                }
            }
        }
    }

    /// Draws one statement: marks around the text, then its label in a column `nameColumn` wide at the right.
    private func drawRow(_ index: Int, into grid: inout Grid, area: Rect, line: Int, nameColumn: Int) {
        let statement = statements[index]
        let who = label(index)
        var textRoom = area.width - 2
        if nameColumn > 0 {
            let name = Truncation.fit(Truncation.singleLine(who.name), width: nameColumn)
            grid.write(name, in: area, row: line, offset: area.width - nameColumn - 1, style: theme.colored(who.color))
            textRoom -= nameColumn + 2
        }
        let marks = statement.kind.marks
        let markWidth = DisplayWidth.of(marks.open) + DisplayWidth.of(marks.close)
        guard textRoom > markWidth else { return }
        let text = Truncation.fit(Truncation.singleLine(statement.text), width: textRoom - markWidth)
        grid.write(marks.open + text + marks.close, in: area, row: line, offset: 1, style: .plain)
        if hasNote(index) { grid.write(NoteMarker.symbol, in: area, row: line, style: theme.heading) }
    }
}
