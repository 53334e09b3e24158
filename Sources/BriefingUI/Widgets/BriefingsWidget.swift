import BriefingKit

/// The Briefings pane: the open articles, the one being read marked with ▸.
struct BriefingsWidget {
    /// The articles.
    let articles: [Article]
    /// The indices of the articles listed (those passing the filter), in order.
    let rows: [Int]
    /// The index of the article being read.
    let open: Int
    /// The index of the article under the cursor.
    let cursor: Int
    /// The first visible row.
    let scroll: Int
    /// The pane has the focus.
    let focused: Bool
    /// The styles.
    let theme: Theme

    /// Draws the list into the pane's content area.
    func draw(into grid: inout Grid, _ area: Rect) {
        let cursorRow = rows.firstIndex(of: cursor)
        let offset = ListScrolling.offset(scroll, keeping: cursorRow, count: rows.count, height: area.height)
        for line in 0..<area.height where offset + line < rows.count {
            let index = rows[offset + line]
            let article = articles[index]
            grid.write(index == open ? "▸" : " ", in: area, row: line, style: theme.heading)
            let count = String(article.speakers.count)
            let countWidth = DisplayWidth.of(count)
            grid.write(count, in: area, row: line, offset: area.width - countWidth - 1, style: theme.dim)
            let room = area.width - countWidth - 3
            if room > 0 {
                grid.write(Truncation.fit(ArticleNaming.name(of: article), width: room), in: area, row: line, offset: 1,
                           style: index == open ? theme.heading : .plain)
            }
            if focused, index == cursor {
                grid.restyle(Rect(column: area.column, row: area.row + line, width: area.width, height: 1)) { $0.reverse = true }
            }
        }
    }
}
