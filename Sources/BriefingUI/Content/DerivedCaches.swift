import BriefingKit

/// The open article wrapped for one width, kept between keys so a keystroke does not wrap it again.
struct CachedLayout: Sendable {
    /// The article it was made for.
    let articleIndex: Int
    /// The text width it was wrapped to.
    let width: Int
    /// The wrapped article.
    let layout: ArticleLayout
}

/// The search matches in the open article for one query, kept between keys.
struct CachedMatches: Sendable {
    /// The article searched.
    let articleIndex: Int
    /// The query as typed.
    let query: String
    /// Where it matches, in text order.
    let matches: [TextRange]
}
