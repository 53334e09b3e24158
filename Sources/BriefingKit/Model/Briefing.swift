/// A set of articles opened together.
public struct Briefing: Sendable {
    /// The articles, in the order they were opened.
    public var articles: [Article]

    /// Creates a briefing from articles.
    public init(articles: [Article]) {
        self.articles = articles
    }
}
