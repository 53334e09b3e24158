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
        let window = ListWindow(count: rows.count, scroll: scroll, keeping: rows.firstIndex(of: cursor), height: area.height)
        for index in window.indices {
            let (row, line) = (rows[index], window.line(of: index))
            let isOpen = row == open
            grid.write(isOpen ? "▸" : " ", in: area, row: line, style: theme.heading)
            let article = row.map { articles[$0] }
            let count = String(article?.speakers.count ?? allSpeakerCount)
            let room = grid.writeCount(count, noted: article.map(hasNotes) ?? false, in: area, line: line, theme: theme)
            if room > 0 {
                let name = article.map(ArticleNaming.name(of:)) ?? Self.allRowLabel
                grid.write(Truncation.fit(name, width: room), in: area, row: line, offset: 1, style: isOpen || article == nil ? theme.heading : .plain)
            }
            if focused, row == cursor { grid.restyle(line: line, in: area) { $0.reverse = true } }
        }
    }
}
