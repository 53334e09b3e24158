import Testing
@testable import BriefingKit

@Suite("Properties")
struct PropertyTests {
    /// Random text built from news-like pieces, quote marks and odd characters.
    private func generated(seed: UInt64, pieces: Int) -> String {
        var generator = SeededRandom(seed: seed)
        let parts = ["Mr Smith", " said", ": ", "“", "”", "‘", "’", "\"", "'", "''", "``", "\n", "\n\n", "Read more:", "Image:",
                     " he ", "she told reporters", ", according to ", "the minister", "Critics", " wants ", "é", "👍", "\u{200B}",
                     ".", ",", " U.S. ", "#", "# Title", "\r\n", "«", "»", "„", "Labour", " that ", "warned"]
        var text = ""
        for _ in 0..<pieces { text += generator.pick(parts) }
        return text
    }

    @Test(arguments: Array(UInt64(1)...UInt64(60)))
    func rangesLieInsideAndSliceToText(seed: UInt64) {
        let text = generated(seed: seed, pieces: Int(seed % 7) * 40 + 10)
        let article = extract(text)
        let count = text.unicodeScalars.count
        for block in article.blocks {
            #expect(block.range.start >= 0 && block.range.end <= count && block.range.start < block.range.end)
            #expect(article.slice(block.range) == block.text)
        }
        for statement in article.statements {
            #expect(statement.range.start >= 0 && statement.range.end <= count && statement.range.start < statement.range.end)
            #expect(article.slice(statement.range) == statement.text)
            #expect(statement.speakerID == nil || article.speaker(id: statement.speakerID) != nil)
        }
        let counted = Dictionary(grouping: article.statements.compactMap(\.speakerID), by: { $0 }).mapValues(\.count)
        for speaker in article.speakers { #expect(counted[speaker.id] == speaker.statementCount) }
    }

    @Test func scalarDecodingMatchesTheStandardLibrary() {
        let text = "Plain, café, 引用, emoji 👍🏽, \u{FEFF}BOM, “quotes” and \r\n endings"
        let short = ScalarText.decode(text)
        #expect(short.scalars == Array(text.unicodeScalars))
        #expect(short.offsets.string(text, 0, short.scalars.count) == text)
        #expect(short.lineBreaks == short.scalars.indices.filter { short.scalars[$0] == "\n" || short.scalars[$0] == "\r" })
        let long = String(repeating: text, count: 5) + String(repeating: "ascii ", count: 40)
        let decoded = ScalarText.decode(long)
        let reference = Array(long.unicodeScalars)
        #expect(decoded.scalars == reference)
        #expect(decoded.lineBreaks == reference.indices.filter { reference[$0] == "\n" || reference[$0] == "\r" })
        for (start, end) in [(0, 1), (31, 33), (64, 200), (3, reference.count), (reference.count - 1, reference.count)] {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: reference[start..<end])
            #expect(decoded.offsets.string(long, start, end) == String(view))
            #expect(ScalarOffsets(of: long).string(long, start, end) == String(view))
            var copy = long
            let cut = copy.withUTF8 { ScalarStrings(scalars: decoded.scalars, text: long, utf8: $0, offsets: decoded.offsets).string(start, end) }
            #expect(cut == String(view))
        }
    }

    @Test func largeTextsDecodeIntoHugePagesTheSame() {
        let text = String(repeating: "Plain ascii, café and “quotes” with 引用 and 👍🏽.\n", count: 45_000)
        let decoded = ScalarText.decode(text)
        #expect(decoded.scalars.count * MemoryLayout<Unicode.Scalar>.stride > 8 << 20)
        #expect(decoded.scalars.elementsEqual(text.unicodeScalars))
    }

    @Test func outputIsDeterministic() {
        let text = ExtractionCorpus.text(bytes: 60_000, seed: 7)
        let first = ArticleJSON.encode(extract(text))
        let second = ArticleJSON.encode(extract(text))
        #expect(first == second)
    }

    @Test func emptyAndBlankTextsGiveEmptyArticles() {
        #expect(extract("").blocks.isEmpty)
        #expect(extract("  \n\n\t \r\n").statements.isEmpty)
    }
}
