/// The line at the bottom where a search or a filter is typed, with the cursor shown.
struct InputLineWidget {
    /// What is being typed.
    let prompt: InputPrompt
    /// A note at the right edge, such as the number of matches.
    let note: String
    /// The styles.
    let theme: Theme

    /// Draws the prompt and text, scrolled so the cursor shows, and places the grid's cursor.
    func draw(into grid: inout Grid, _ line: Rect) {
        grid.fill(line)
        let noteWidth = note.isEmpty ? 0 : DisplayWidth.of(note) + 2
        let room = line.width - noteWidth
        let promptWidth = grid.write(prompt.purpose.prompt, in: line, row: 0, style: theme.heading)
        let textRoom = room - promptWidth - 1
        guard textRoom > 0 else { return }
        let characters = prompt.line.characters.map { TerminalSafety.sanitize(String($0)) }
        var start = 0
        while DisplayWidth.of(characters[start..<prompt.line.cursor].joined()) > textRoom { start += 1 }
        let used = grid.write(characters[start...].joined(), in: line, row: 0, offset: promptWidth, style: .plain)
        let cursorColumn = promptWidth + DisplayWidth.of(characters[start..<prompt.line.cursor].joined())
        grid.cursor = GridPoint(row: line.row, column: line.column + cursorColumn)
        if cursorColumn >= promptWidth + used { grid.write(" ", in: line, row: 0, offset: cursorColumn, style: theme.cursor) }
        if !note.isEmpty { grid.write(note, in: line, row: 0, offset: line.width - noteWidth + 1, style: theme.dim) }
    }
}
