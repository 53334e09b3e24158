/// Where each pane goes for a terminal size.
struct ScreenLayout: Sendable {
    /// The smallest terminal the reader draws into; below it a notice says so.
    static let minimumSize = (columns: 20, rows: 6)
    /// From this width on the panes sit side by side; below it one pane shows at a time.
    static let sideBySideColumns = 80

    /// How the panes are arranged.
    enum Arrangement: Hashable, Sendable {
        /// Too small to draw the reader.
        case tooSmall
        /// Article in the middle, Speakers over Positions on the right, Briefings on the left.
        case sideBySide
        /// Only the focused pane, its title listing the others as tabs.
        case oneAtATime
    }

    /// How the panes are arranged.
    let arrangement: Arrangement
    /// The frame (border included) of each pane on screen.
    let frames: [Pane: Rect]
    /// The bottom line: the status bar or the input line.
    let statusLine: Rect

    /// Lays out `panes` on a terminal of the given size with `focus` on one of them.
    init(columns: Int, rows: Int, panes: [Pane], focus: Pane) {
        let columns = max(0, columns)
        let rows = max(0, rows)
        statusLine = Rect(column: 0, row: rows - 1, width: columns, height: rows > 0 ? 1 : 0)
        let body = Rect(column: 0, row: 0, width: columns, height: rows - 1)
        if columns < Self.minimumSize.columns || rows < Self.minimumSize.rows {
            arrangement = .tooSmall
            frames = [:]
        } else if columns < Self.sideBySideColumns {
            arrangement = .oneAtATime
            frames = [panes.contains(focus) ? focus : .article: body]
        } else {
            arrangement = .sideBySide
            frames = Self.sideBySideFrames(in: body, panes: panes)
        }
    }

    /// The frames of the side-by-side arrangement.
    private static func sideBySideFrames(in body: Rect, panes: [Pane]) -> [Pane: Rect] {
        var frames: [Pane: Rect] = [:]
        var left = body.column
        if panes.contains(.briefings) {
            let width = min(30, max(18, body.width / 5))
            frames[.briefings] = Rect(column: left, row: body.row, width: width, height: body.height)
            left += width
        }
        let remaining = body.right - left
        let rightWidth = min(60, max(28, remaining * 2 / 5))
        let articleWidth = remaining - rightWidth
        frames[.article] = Rect(column: left, row: body.row, width: articleWidth, height: body.height)
        let speakersHeight = max(3, body.height * 2 / 5)
        let rightColumn = left + articleWidth
        frames[.speakers] = Rect(column: rightColumn, row: body.row, width: rightWidth, height: speakersHeight)
        frames[.positions] = Rect(column: rightColumn, row: body.row + speakersHeight, width: rightWidth, height: body.height - speakersHeight)
        return frames
    }

    /// The inside of a pane's frame, where its content goes (nil when the pane is not on screen).
    func content(of pane: Pane) -> Rect? {
        frames[pane].map { $0.inset(by: 1) }
    }
}
