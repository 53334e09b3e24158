/// Where a statement note points in the text, the way a W3C TextQuoteSelector does.
///
/// The exact text and a little context on each side find the passage again after the
/// article changes; the offsets only break ties between equal matches.
public struct NoteAnchor: Sendable, Hashable {
    /// How many scalars of context are kept on each side of the exact text.
    public static let contextLength = 32

    /// The quoted text itself.
    public var exact: String
    /// Up to `contextLength` scalars just before the quoted text.
    public var prefix: String
    /// Up to `contextLength` scalars just after the quoted text.
    public var suffix: String
    /// Where the quoted text was when the note was written (a hint, not an address).
    public var range: TextRange

    /// Creates an anchor from stored values.
    public init(exact: String, prefix: String, suffix: String, range: TextRange) {
        self.exact = exact
        self.prefix = prefix
        self.suffix = suffix
        self.range = range
    }

    /// The anchor of a statement as it stands in the article.
    public static func make(for statement: Statement, in article: Article) -> NoteAnchor {
        make(range: statement.range, in: article, fallback: String(statement.text))
    }

    /// The anchor of a span of the article; `fallback` is the exact text when the span is empty.
    public static func make(range: TextRange, in article: Article, fallback: String = "") -> NoteAnchor {
        let count = article.scalarCount
        let start = max(0, min(range.start, count))
        let end = max(start, min(range.end, count))
        let exact = article.slice(TextRange(start: start, end: end))
        let before = TextRange(start: max(0, start - contextLength), end: start)
        let after = TextRange(start: end, end: min(count, end + contextLength))
        return NoteAnchor(
            exact: exact.isEmpty ? fallback : exact,
            prefix: article.slice(before), suffix: article.slice(after),
            range: TextRange(start: start, end: end))
    }
}
