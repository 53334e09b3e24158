/// One quotation found in the text: where its marks and content lie, and the blocks it spans.
struct QuoteSpan: Sendable {
    /// The offset of the opening mark.
    var open: Int
    /// The first offset of the content.
    var contentStart: Int
    /// The offset just past the content.
    var contentEnd: Int
    /// The offset just past the closing mark (the content end when the quote is not closed).
    var close: Int
    /// The index of the block the quote opens in.
    var startBlock: Int
    /// The index of the block the quote closes in.
    var endBlock: Int
    /// The content without surrounding white space, or nil when there is nothing else (found by the scanner, while
    /// the content's ends are in cache).
    var trimmedContent: TextRange?
}
