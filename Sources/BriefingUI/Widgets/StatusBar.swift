/// The bottom line: where you are and which filters are on, with `? help` at the right.
struct StatusBar {
    /// The pieces shown from the left, most important first; later ones are cut when space runs out.
    let segments: [String]
    /// The styles.
    let theme: Theme

    /// The hint kept at the right edge.
    static let helpHint = "? help"

    /// Draws the bar across the line.
    func draw(into grid: inout Grid, _ line: Rect) {
        grid.fill(line, style: theme.statusBar)
        let hint = " " + Self.helpHint + " "
        let hintWidth = DisplayWidth.of(hint)
        let showsHint = line.width >= hintWidth + 10
        let room = line.width - (showsHint ? hintWidth : 0)
        let text = " " + segments.joined(separator: "  ")
        grid.write(Truncation.fit(text, width: room), in: line, row: 0, style: theme.statusBar)
        if showsHint {
            grid.write(hint, in: line, row: 0, offset: line.width - hintWidth, style: theme.statusBar)
        }
    }
}
