/// The only way text gets into a grid: terminal-safe, measured in cells, clipped.
extension Grid {
    /// Writes text from a point, clipped to `width` cells and the grid; returns the cells used.
    ///
    /// Controls and bidi overrides are replaced by visible symbols first; zero-width
    /// graphemes are dropped; a wide grapheme that does not fit whole is not drawn.
    @discardableResult
    public mutating func write(_ text: some StringProtocol, row: Int, column: Int, width: Int, style: CellStyle = .plain) -> Int {
        guard row >= 0, row < rows, column >= 0 else { return 0 }
        let limit = min(width, columns - column)
        var used = 0
        for character in TerminalSafety.sanitize(text) {
            let characterWidth = DisplayWidth.of(character)
            if characterWidth == 0 { continue }
            if used + characterWidth > limit { break }
            place(String(character), width: characterWidth, row: row, column: column + used, style: style)
            used += characterWidth
        }
        return used
    }

    /// Writes text clipped to a rectangle's row, starting at its left edge plus `offset`.
    @discardableResult
    mutating func write(_ text: some StringProtocol, in rect: Rect, row: Int, offset: Int = 0, style: CellStyle = .plain) -> Int {
        guard row >= 0, row < rect.height, offset < rect.width else { return 0 }
        return write(text, row: rect.row + row, column: rect.column + offset, width: rect.width - offset, style: style)
    }

    /// Fills a rectangle with blank cells in a style.
    mutating func fill(_ rect: Rect, style: CellStyle = .plain) {
        for row in max(0, rect.row)..<max(0, min(rows, rect.bottom)) {
            for column in max(0, rect.column)..<max(0, min(columns, rect.right)) {
                place(" ", width: 1, row: row, column: column, style: style)
            }
        }
    }

    /// Sets the style of the cells in a rectangle, keeping their text.
    mutating func restyle(_ rect: Rect, _ change: (inout CellStyle) -> Void) {
        for row in max(0, rect.row)..<max(0, min(rows, rect.bottom)) {
            for column in max(0, rect.column)..<max(0, min(columns, rect.right)) {
                change(&self[row, column].style)
            }
        }
    }

    /// Puts one grapheme of a known width at a cell, repairing wide graphemes it cuts in half.
    private mutating func place(_ text: String, width: Int, row: Int, column: Int, style: CellStyle) {
        if self[row, column].isContinuation, column > 0 {
            self[row, column - 1] = Cell(" ", style: self[row, column - 1].style)
        }
        let end = column + width
        if end < columns, self[row, end].isContinuation {
            self[row, end] = Cell(" ", style: self[row, end].style)
        }
        self[row, column] = Cell(text, style: style)
        if width == 2 { self[row, column + 1] = Cell("", style: style) }
    }
}
