import BriefingKit

/// The model's view of the screen it lays out for, used by `update` for paging and scrolling.
extension ReaderModel {
    /// The layout at the current size with a pane focused (so it is on screen even one at a time).
    func layout(focusing pane: Pane) -> ScreenLayout {
        ScreenLayout(columns: size.columns, rows: size.rows, panes: panes, focus: pane)
    }

    /// How many lines of content a pane shows at the current size.
    func contentHeight(of pane: Pane) -> Int {
        layout(focusing: pane).content(of: pane)?.height ?? 0
    }

    /// Where the article text goes inside a pane's content: one cell of margin each side.
    static func articleTextArea(in content: Rect) -> Rect {
        content.insetHorizontally(by: 1)
    }

    /// The open article wrapped for a text width (from the cache when it was made for this width).
    func articleLayout(width: Int) -> ArticleLayout? {
        if let layoutCache, layoutCache.articleIndex == articleIndex, layoutCache.width == width { return layoutCache.layout }
        return article.map { ArticleLayout(article: $0, width: width) }
    }

    /// The width of the article text at the current size.
    var articleTextWidth: Int {
        layout(focusing: .article).content(of: .article).map { Self.articleTextArea(in: $0).width } ?? 0
    }

    /// The open article wrapped for the article pane at the current size.
    var currentArticleLayout: ArticleLayout? {
        articleLayout(width: articleTextWidth)
    }

    /// The first visible line of a pane.
    func scroll(of pane: Pane) -> Int { scrollOffsets[pane] ?? 0 }
}
