import BriefingKit

/// The Article pane: wrapped text, statements in their speaker's colour, the selection reversed, matches marked.
struct ArticleWidget {
    /// The wrapped article.
    let layout: ArticleLayout
    /// The first visible line.
    let scroll: Int
    /// The statements to colour, with their speaker's colour.
    let statements: [(range: TextRange, color: TerminalColor?)]
    /// The selected statement's range, drawn reversed.
    let selection: TextRange?
    /// The search matches, drawn marked.
    let matches: [TextRange]
    /// The statements with notes: their first line gets a marker in the left margin.
    let noted: [TextRange]
    /// The styles.
    let theme: Theme

    /// Draws the visible lines into the text area, note markers into the column left of it.
    func draw(into grid: inout Grid, _ area: Rect) {
        let top = min(max(0, scroll), layout.maxScroll(height: area.height))
        let visible = layout.lines[min(top, layout.lines.count)..<min(layout.lines.count, top + area.height)]
        let window = TextRange(
            start: visible.lazy.compactMap { $0.glyphs.first?.offset }.first ?? 0,
            end: (visible.last { !$0.glyphs.isEmpty }?.glyphs.last?.offset ?? 0) + 1)
        let painter = ArticleWidget(
            layout: layout, scroll: top, statements: statements.filter { $0.range.overlaps(window) },
            selection: selection, matches: matches.filter { $0.overlaps(window) },
            noted: noted.filter { $0.overlaps(window) }, theme: theme)
        painter.drawVisible(into: &grid, area, top: top)
    }

    /// Draws the lines from `top` on, with only the statements, matches and notes that show there.
    private func drawVisible(into grid: inout Grid, _ area: Rect, top: Int) {
        for range in noted {
            guard let row = layout.lines(covering: range)?.lowerBound, row >= top, row - top < area.height else { continue }
            grid.write(NoteMarker.symbol, row: area.row + row - top, column: area.column - 1, width: 1, style: theme.heading)
        }
        for row in 0..<area.height where top + row < layout.lines.count {
            let line = layout.lines[top + row]
            let base = baseStyle(of: line.kind)
            var column = grid.write(line.prefix, in: area, row: row, style: theme.dim)
            for glyph in line.glyphs {
                column += grid.write(String(glyph.character), in: area, row: row, offset: column, style: style(of: glyph, base: base))
            }
        }
    }

    /// The style of a line before any highlighting.
    private func baseStyle(of kind: ArticleLineKind) -> CellStyle {
        switch kind {
        case .body, .blank: return .plain
        case .heading: return theme.heading
        case .setApart: return theme.dim
        case .notice: return theme.notice
        }
    }

    /// A glyph's style: its statement's colour (the innermost one), reversed when selected, marked when matched.
    private func style(of glyph: Glyph, base: CellStyle) -> CellStyle {
        var style = base
        let covering = statements.filter { $0.range.contains(glyph.offset) }
        if let innermost = covering.min(by: { $0.range.length < $1.range.length }) {
            style = theme.statement(innermost.color)
            style.dim = base.dim
        }
        if selection?.contains(glyph.offset) == true { style = theme.selectingStatement(style) }
        if matches.contains(where: { $0.contains(glyph.offset) }) { style = theme.matchingSearch(style) }
        return style
    }
}
