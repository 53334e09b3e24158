/// Keeping the expensive derived data (the wrapped article, the search matches) between keys.
extension ReaderModel {
    /// Wraps the open article and finds the search's matches again when the article, the size or the search changed.
    mutating func refreshCaches() {
        let width = articleTextWidth
        if layoutCache?.articleIndex != articleIndex || layoutCache?.width != width, let layout = articleLayout(width: width) {
            layoutCache = CachedLayout(articleIndex: articleIndex, width: width, layout: layout)
        }
        if matchesCache?.articleIndex != articleIndex || matchesCache?.query != searchQuery {
            matchesCache = CachedMatches(articleIndex: articleIndex, query: searchQuery, matches: searchMatches)
        }
    }
}
