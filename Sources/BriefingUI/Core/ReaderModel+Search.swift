import BriefingKit

/// Searching the article: `/`, `n` and `N`.
extension ReaderModel {
    /// Goes to the next or previous match, wrapping around; from no current match, the first below the top of the view.
    mutating func stepMatch(forward: Bool) {
        let matches = searchMatches
        guard !matches.isEmpty else { return }
        let index: Int
        if let current = searchMatchIndex, matches.indices.contains(current) {
            index = (current + (forward ? 1 : -1) + matches.count) % matches.count
        } else {
            let top = offsetAtTopOfArticle
            index = forward
                ? matches.firstIndex { $0.start >= top } ?? 0
                : matches.lastIndex { $0.start < top } ?? matches.count - 1
        }
        searchMatchIndex = index
        reveal(matches[index])
    }

    /// Updates the search as it is typed: the first match at or below the top of the view comes into view.
    mutating func searchChanged(to query: String) {
        searchQuery = query
        searchMatchIndex = nil
        refreshCaches()
        stepMatch(forward: true)
    }
}
