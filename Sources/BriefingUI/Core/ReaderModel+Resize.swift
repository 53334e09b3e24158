/// Following the terminal's size.
extension ReaderModel {
    /// Adapts to a new terminal size, keeping the same text at the top of the article.
    mutating func resize(columns: Int, rows: Int) {
        let top = scroll(of: .article)
        let anchor = top == 0 ? nil : currentArticleLayout?.firstOffset(fromLine: top)
        size = (max(0, columns), max(0, rows))
        refreshCaches()
        if let anchor, let layout = currentArticleLayout, let line = layout.line(atOffset: anchor) {
            scrollOffsets[.article] = min(line, layout.maxScroll(height: contentHeight(of: .article)))
        }
        listsChanged()
    }
}
