import Testing
@testable import BriefingKit

/// Generated text and bytes through decoding and extraction: ranges stay inside the text and slice to their text.
@Suite struct RobustExtractionTests {
    /// Pieces generated articles are built from: words, names, cues, every kind of quote mark,
    /// line endings, white space, and awkward Unicode (combining marks, emoji, RTL, controls).
    private static let pieces: [String] = [
        "the", "minister", "said", "told", "warned", "argued", "according to", "wants", "is not expected to agree",
        "Rishi Sunak", "Mr Cleverly", "the Prime Minister", "he", "she", "who", "Labour", "the government", "Ms Hewitt",
        "“", "”", "‘", "’", "\"", "'", "«", "»", "„", "``", "''", "we’re", "Johnson’s",
        ".", ",", ";", ":", "—", "…", "!", "?", "(", ")", "£1,400", "2007",
        " ", " ", " ", "  ", "\t", "\n", "\n\n", "\r\n", "\r\n\r\n", "\r", "\r\r", " \n \n", "\u{A0}", "\u{2028}", "\u{85}",
        "e\u{301}", "中文", "👩‍👩‍👧", "🇬🇧", "مرحبا", "\u{202E}", "\u{200B}", "\u{FEFF}", "\u{1B}[2J", "\u{1B}]2;x\u{07}", "\u{FFFD}",
        "# ", "## Heading", "Read more:", "Click to subscribe", "You May Also Like", "- ", "* ", "> ",
    ]

    private static func article(seed: UInt64) -> String {
        var generator = SeededRandom(seed: seed)
        let length = Int.random(in: 0...400, using: &generator)
        var text = ""
        for _ in 0..<length {
            text += pieces.randomElement(using: &generator)!
            if Bool.random(using: &generator) { text += " " }
        }
        return text
    }

    @Test(arguments: 0..<300)
    func generatedTextKeepsRangesInside(seed: Int) {
        let text = Self.article(seed: UInt64(seed))
        let article = Extractor().analyse(SourceText(path: "gen.txt", text: text))
        #expect(article.text == text)
        expectRangesHold(article)
        _ = ArticleJSON.encode(article)
    }

    @Test(arguments: 0..<200)
    func randomBytesDecodeOrAreBinary(seed: Int) {
        var generator = SeededRandom(seed: UInt64(seed) &+ 1_000_000)
        let count = Int.random(in: 0...600, using: &generator)
        let prefixes: [[UInt8]] = [[], [0xEF, 0xBB, 0xBF], [0xFF, 0xFE], [0xFE, 0xFF]]
        var bytes = prefixes.randomElement(using: &generator)!
        let highBytes = Bool.random(using: &generator)
        for _ in 0..<count {
            bytes.append(highBytes ? UInt8.random(in: 1...255, using: &generator) : UInt8.random(in: 0x09...0x7E, using: &generator))
        }
        do {
            let source = try ArticleTextDecoder.decode(bytes, path: "r.txt")
            #expect(source.text.unicodeScalars.count <= bytes.count)
            #expect(!source.text.unicodeScalars.contains("\0"))
            expectRangesHold(Extractor().analyse(source))
        } catch let error as DocumentError {
            #expect(error == .binary(path: "r.txt"))
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }
}
