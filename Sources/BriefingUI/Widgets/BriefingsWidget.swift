import BriefingKit

/// The Briefings pane: "All briefings", then the open articles, the one being read marked with ▸.
struct BriefingsWidget {
    /// The label of the row that spans every article.
    static let allRowLabel = "All briefings"

    /// The articles.
    let articles: [Article]
    /// The rows: nil for "All briefings", else the index of an article passing the filter.
    let rows: [Int?]
    /// The row being read: nil for "All briefings", else the open article.
    let open: Int?
    /// The row under the cursor.
    let cursor: Int?
    /// The first visible row.
    let scroll: Int
    /// The pane has the focus.
    let focused: Bool
    /// How many merged speakers "All briefings" has.
    let allSpeakerCount: Int
    /// Whether an article has notes.
    let hasNotes: (Article) -> Bool
    /// The styles.
    let theme: Theme

    /// Draws the visible rows into the pane's content area.
    func draw(into grid: inout Grid, _ area: Rect) {
        let cursorRow = rows.firstIndex(of: cursor)
        let offset = ListScrolling.offset(scroll, keeping: cursorRow, count: rows.count, height: area.height)
        for line in 0..<area.height where offset + line < rows.count {
            let row = rows[offset + line]
            let isOpen = row == open
            grid.write(isOpen ? "▸" : " ", in: area, row: line, style: theme.heading)
            let article = row.map { articles[$0] }
            let count = String(article?.speakers.count ?? allSpeakerCount)
            let countWidth = DisplayWidth.of(count)
            grid.write(count, in: area, row: line, offset: area.width - countWidth - 1, style: theme.dim)
            var room = area.width - countWidth - 3
            if let article, hasNotes(article), room > 2 {
                grid.write(NoteMarker.symbol, in: area, row: line, offset: area.width - countWidth - 3, style: theme.heading)
                room -= 2
            }
            if room > 0 {
                let name = article.map(ArticleNaming.name(of:)) ?? Self.allRowLabel
                grid.write(Truncation.fit(name, width: room), in: area, row: line, offset: 1, style: isOpen || article == nil ? theme.heading : .plain)
            }
            if focused, row == cursor {
                grid.restyle(Rect(column: area.column, row: area.row + line, width: area.width, height: 1)) { $0.reverse = true }
            }
        }
    }
}
