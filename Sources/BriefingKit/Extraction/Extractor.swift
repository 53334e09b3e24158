/// Reads an article's text and finds who said what in it.
public struct Extractor: Sendable {
    /// The extractor's version; bump it whenever output for the same input may change.
    public static let version = 5

    /// Creates an extractor.
    public init() {}

    /// Splits the text into classified blocks and extracts speakers and statements.
    public func analyse(_ source: SourceText) -> Article {
        let scalars = ScalarText.scalars(of: source.text)
        let (blocks, title) = BlockClassifier.classify(BlockSplitter.split(scalars), scalars: scalars)
        let bearing = blocks.filter { $0.kind.carriesStatements }
        let quotes = QuoteScanner.scan(scalars, blocks: bearing.map { ($0.index, $0.range) })
        var byBlock: [Int: [Int]] = [:]
        for (index, quote) in quotes.enumerated() {
            for block in quote.startBlock...quote.endBlock { byBlock[block, default: []].append(index) }
        }
        var analysis = Analysis(scalars: scalars, quotes: quotes)
        var tokens: [Token] = []
        for block in bearing {
            analysis.analyse(block: block, quoteIndices: byBlock[block.index] ?? [], tokens: &tokens)
        }
        let (statements, speakers) = ArticleAssembler.assemble(&analysis, blocks: blocks)
        return Article(
            source: source.path, title: title, text: source.text, scalars: scalars,
            blocks: blocks, speakers: speakers, statements: statements, decodingNotice: source.notice)
    }
}
