import Testing
@testable import BriefingKit

/// Block and statement texts are slices of the article's own text: equal to it cut at their ranges, and sharing its
/// storage, as extracted and as rebuilt from the cache.
@Suite struct TextSliceTests {
    private let text = """
        Café owners meet the council

        “We’re not closing the café, whatever the council decides about the square,” said Zoë Ångström, its owner 😀.

        The council said it would review the rules for outdoor seating next week, according to officials.

        “It is a fair result for everyone who lives on the square,” a spokesman for the council said.
        """

    /// The address of a string's UTF-8 storage.
    private func storage(_ string: String) -> UnsafePointer<UInt8>? {
        var string = string
        return string.withUTF8 { $0.baseAddress }
    }

    /// Checks every block's and statement's text against the article's text at its range, and that it shares the
    /// article's storage.
    private func expectSlices(of article: Article, sourceLocation: SourceLocation = #_sourceLocation) {
        let texts = article.blocks.map { ($0.text, $0.range) } + article.statements.map { ($0.text, $0.range) }
        for (text, range) in texts {
            #expect(Array(text.utf8) == Array(article.slice(range).utf8), sourceLocation: sourceLocation)
            #expect(storage(text.base) == storage(article.text), sourceLocation: sourceLocation)
        }
    }

    @Test func extractedTextsAreSlicesOfTheArticle() {
        let article = Extractor().analyse(SourceText(path: "cafe.txt", text: text))
        #expect(article.blocks.count == 4 && article.statements.count >= 3)
        expectSlices(of: article)
    }

    @Test func textsRebuiltFromTheCacheAreSlicesOfTheArticle() throws {
        let article = Extractor().analyse(SourceText(path: "cafe.txt", text: text))
        let bytes = ArticleRecord.encode(article)
        let decoded = try ArticleRecord.decode(bytes, range: 0..<bytes.count, source: SourceText(path: "cafe.txt", text: text))
        #expect(decoded.blocks == article.blocks && decoded.statements == article.statements)
        expectSlices(of: decoded)
    }
}
