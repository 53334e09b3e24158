/// A rectangle of cells on the screen: where a pane or widget draws.
struct Rect: Hashable, Sendable {
    /// The leftmost column.
    var column: Int
    /// The top row.
    var row: Int
    /// Width in cells, never negative.
    var width: Int
    /// Height in cells, never negative.
    var height: Int

    /// Creates a rectangle; negative sizes become zero.
    init(column: Int, row: Int, width: Int, height: Int) {
        self.column = column
        self.row = row
        self.width = max(0, width)
        self.height = max(0, height)
    }

    /// Whether the rectangle covers no cell.
    var isEmpty: Bool { width == 0 || height == 0 }

    /// The rectangle shrunk by `amount` cells on every side.
    func inset(by amount: Int) -> Rect {
        Rect(column: column + amount, row: row + amount, width: width - 2 * amount, height: height - 2 * amount)
    }

    /// The rectangle shrunk by `amount` cells on the left and right only.
    func insetHorizontally(by amount: Int) -> Rect {
        Rect(column: column + amount, row: row, width: width - 2 * amount, height: height)
    }

    /// The row just past the bottom.
    var bottom: Int { row + height }

    /// The column just past the right edge.
    var right: Int { column + width }
}
