import BriefingKit

/// The text and kind filters that narrow the Speakers and Positions panes.
struct ArticleFilter: Sendable {
    /// The filter text, folded (lowercase, no diacritics); empty matches everything.
    let query: FoldedQuery
    /// The only statement kind shown, or nil for all.
    let kind: StatementKind?

    /// The folded filter text, the key of cached lists.
    var foldedQuery: String { query.folded }

    /// Creates a filter from the text as typed and a kind.
    init(query: String, kind: StatementKind?) {
        self.query = FoldedQuery(query.trimmingSpaces)
        self.kind = kind
    }

    /// Whether a speaker's name, roles or aliases contain the filter text.
    func matchesName(of speaker: Speaker) -> Bool {
        guard !query.isEmpty else { return true }
        return ([speaker.name] + speaker.roles + speaker.aliases).contains { query.isFound(in: $0) }
    }

    /// Whether a statement passes the kind filter.
    func matchesKind(_ statement: Statement) -> Bool {
        kind.map { $0 == statement.kind } ?? true
    }

    /// Whether a statement is shown: right kind, and its text or its speaker matches the filter text.
    func matches(_ statement: Statement, speaker: Speaker?) -> Bool {
        guard matchesKind(statement) else { return false }
        if query.isEmpty { return true }
        if let speaker, matchesName(of: speaker) { return true }
        return query.isFound(in: statement.text)
    }
}
