/// Slices an article's text by Unicode-scalar ranges, through the article's scalar offsets (no copy of the text).
struct ScalarSlicer {
    /// The article's text.
    private let text: String
    /// Where its scalars fall in its UTF-8.
    private let offsets: ScalarOffsets

    /// The number of scalars in the text.
    var scalarCount: Int { offsets.scalarCount }

    /// Creates a slicer for an article's text.
    init(_ article: Article) {
        text = article.text
        offsets = article.offsets
    }

    /// Whether the range lies inside the text.
    func contains(_ range: TextRange) -> Bool {
        range.start >= 0 && range.start <= range.end && range.end <= scalarCount
    }

    /// The text of a range that lies inside the text, as a slice sharing the text's storage.
    func slice(_ range: TextRange) -> Substring {
        var copy = text
        return copy.withUTF8 { offsets.substring(text, utf8: $0, range.start, range.end) }
    }
}
