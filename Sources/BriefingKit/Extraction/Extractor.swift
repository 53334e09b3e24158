/// Reads an article's text and finds who said what in it.
public struct Extractor: Sendable {
    /// The extractor's version; bump it whenever output for the same input may change.
    public static let version = 17

    /// Creates an extractor.
    public init() {}

    /// Splits the text into classified blocks and extracts speakers and statements.
    public func analyse(_ source: SourceText) -> Article {
        var text = source.text
        return text.withUTF8 { extract(source, utf8: $0) }
    }

    /// `analyse` with the text's UTF-8 lent for the whole analysis, which cuts its strings from it.
    private func extract(_ source: SourceText, utf8: UnsafeBufferPointer<UInt8>) -> Article {
        let decoded = ScalarText.decode(source.text)
        let (scalars, offsets) = (decoded.scalars, decoded.offsets)
        let strings = ScalarStrings(scalars: scalars, text: source.text, utf8: utf8, offsets: offsets)
        let (blocks, title, articleStarts) = BlockClassifier.classify(BlockSplitter.split(scalars, lineBreaks: decoded.lineBreaks), strings: strings)
        var bearing: [BlockPlace] = []
        bearing.reserveCapacity(blocks.count)
        var nextStart = 0
        var startsArticle = false
        for block in blocks {
            if nextStart < articleStarts.count, articleStarts[nextStart] == block.index {
                startsArticle = true
                nextStart += 1
            }
            guard block.kind.carriesStatements else { continue }
            bearing.append(BlockPlace(block, startsArticle: startsArticle))
            startsArticle = false
        }
        let quotes = QuoteScanner.scan(scalars, marks: decoded.quoteMarks, blocks: bearing)
        let byBlock = QuotesByBlock(quotes, blockCount: blocks.count)
        var analysis = Analysis(strings: strings, quotes: quotes)
        // Room for a reported statement per block and, at assembly, a statement per quotation, so `found` is never
        // copied as it grows; capacity never written to costs no memory.
        analysis.found.reserveCapacity(bearing.count + 2 * quotes.count)
        var tokens: [Token] = []
        var scratch = BlockScratch()
        for (position, block) in bearing.enumerated() {
            if position + 1 < bearing.count { prefetchStart(of: bearing[position + 1].range, scalars) }
            analysis.analyse(block: block, quoteIndices: byBlock[block.index], tokens: &tokens, scratch: &scratch)
        }
        analysis.dropUnsupportedHeadlineClaims()
        analysis.bindLedeDescriptions(blocks: blocks, articleStarts: articleStarts)
        let (statements, speakers) = ArticleAssembler.assemble(&analysis, blocks: blocks)
        return Article(
            source: source.path, title: title, text: source.text, offsets: offsets,
            blocks: blocks, speakers: speakers, statements: statements, decodingNotice: source.notice)
    }

    /// Asks for the first cache lines of a block's scalars (up to 64 scalars), so the block after the one being analysed
    /// is in cache when its tokens are read: the scalars were written long before, and the processor's own prefetching
    /// only follows a block once its first lines have missed.
    private func prefetchStart(of range: TextRange, _ scalars: [Unicode.Scalar]) {
        scalars.withUnsafeBufferPointer { scalars in
            for line in stride(from: range.start, to: min(range.end, range.start + 64), by: 16) { ScalarPrefetch.ask(scalars, at: line) }
        }
    }
}
