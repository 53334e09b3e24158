/// A rectangle of cells that widgets draw into and a backend presents.
public struct Grid: Hashable, Sendable {
    /// Width in cells.
    public let columns: Int
    /// Height in cells.
    public let rows: Int
    /// The cells, row by row.
    public private(set) var cells: [Cell]
    /// Where the terminal cursor should be shown (in an input line), or nil to hide it.
    public var cursor: GridPoint?

    /// Creates a grid of blank cells.
    public init(columns: Int, rows: Int) {
        self.columns = max(0, columns)
        self.rows = max(0, rows)
        self.cells = Array(repeating: .blank, count: self.columns * self.rows)
    }

    /// The cell at a row and column; writes outside the grid are ignored.
    public subscript(row: Int, column: Int) -> Cell {
        get {
            guard row >= 0, row < rows, column >= 0, column < columns else { return .blank }
            return cells[row * columns + column]
        }
        set {
            guard row >= 0, row < rows, column >= 0, column < columns else { return }
            cells[row * columns + column] = newValue
        }
    }

    /// The grid's text, one string per row, trailing blanks kept.
    public var lines: [String] {
        (0..<rows).map { row in
            var line = ""
            for column in 0..<columns { line += cells[row * columns + column].text }
            return line
        }
    }
}
