import BriefingUI
import CNCursesW

/// Puts grids on the screen, writing only the cells that changed since the last one.
struct GridPresenter {
    private var previous: Grid?
    private var colors: ColorPairs

    /// Creates a presenter drawing with the given colour pairs.
    init(colors: ColorPairs) {
        self.colors = colors
    }

    /// Forgets what is on screen, so the next grid is drawn whole (after a resize).
    mutating func invalidate() {
        previous = nil
        clearok(brief_stdscr(), true)
    }

    /// Draws the cells of `grid` that differ from the last grid, then updates the terminal.
    mutating func present(_ grid: Grid) {
        let screen = brief_stdscr()
        let old = previous.flatMap { $0.columns == grid.columns && $0.rows == grid.rows ? $0 : nil }
        if old == nil { werase(screen) }
        for row in 0..<grid.rows {
            for column in 0..<grid.columns {
                let cell = grid[row, column]
                guard !cell.isContinuation, old?[row, column] != cell else { continue }
                draw(cell, row: row, column: column, in: grid)
            }
        }
        wnoutrefresh(screen)
        doupdate()
        previous = grid
    }

    /// Draws one cell so that it covers exactly the columns the grid gives it.
    ///
    /// A wide character without a right half in the grid becomes a placeholder; a
    /// narrow one given a right half gets a blank there.
    private mutating func draw(_ cell: Cell, row: Int, column: Int, in grid: Grid) {
        var characters = CellGlyph.wideCharacters(for: cell.text)
        let hasRightHalf = column + 1 < grid.columns && grid[row, column + 1].isContinuation
        let isWide = wcwidth(characters[0]) > 1
        if isWide, !hasRightHalf { characters = [0xFFFD, 0] }
        put(characters, style: cell.style, row: row, column: column)
        if hasRightHalf, !isWide { put([0x20, 0], style: cell.style, row: row, column: column + 1) }
    }

    /// Writes zero-terminated wide characters with a style at a position.
    private mutating func put(_ characters: [wchar_t], style: CellStyle, row: Int, column: Int) {
        var glyph = cchar_t()
        let pair = colors.pair(for: style)
        let attributes = ColorPairs.attributes(for: style)
        if setcchar(&glyph, characters, attributes, pair, nil) != OK {
            _ = setcchar(&glyph, [0xFFFD, 0], attributes, pair, nil)
        }
        mvwadd_wch(brief_stdscr(), Int32(row), Int32(column), &glyph)
    }
}
