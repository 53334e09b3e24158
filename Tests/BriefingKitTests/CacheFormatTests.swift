import Testing
@testable import BriefingKit

@Suite struct CacheFormatTests {
    @Test func contentHashIsXXH64() {
        #expect(ContentHash.of("".utf8) == 0xEF46_DB37_51D8_E999)
        #expect(ContentHash.of("a".utf8) == 0xD24E_C4F1_A98C_6E5B)
        #expect(ContentHash.of("abc".utf8) == 0x44BC_2CF5_AD77_0999)
        #expect(ContentHash.of("Nobody inspects the spammish repetition".utf8) == 0xFBCE_A83C_8A37_8BF1)
    }

    @Test func aRecordRoundTripsWithTextsSlicedOrStored() throws {
        let text = "Caf\u{E9} “quoted” text.\n\nMore 😀 here."
        let scalars = Array(text.unicodeScalars)
        func slice(_ start: Int, _ end: Int) -> String { String(String.UnicodeScalarView(scalars[start..<end])) }
        let article = Article(
            source: "a.md", title: "Café", text: text,
            blocks: [Block(index: 0, kind: .paragraph, text: slice(0, 19), range: TextRange(start: 0, end: 19)),
                     Block(index: 1, kind: .caption, text: "not the slice", range: TextRange(start: 21, end: 33))],
            speakers: [Speaker(id: "x", name: "X Ÿ", kind: .group, roles: ["r"], aliases: ["a", "b"], statementCount: 2)],
            statements: [Statement(id: "s1", speakerID: "x", kind: .partial, cue: nil, text: slice(6, 12), block: 0, range: TextRange(start: 6, end: 12)),
                         Statement(id: "s2", speakerID: "gone", kind: .stance, cue: "wants", text: slice(26, 27), block: 1, range: TextRange(start: 26, end: 27)),
                         Statement(id: "s3", speakerID: nil, kind: .reported, cue: "said", text: "", block: 1, range: TextRange(start: 90, end: 95))])
        let bytes = ArticleRecord.encode(article)
        let decoded = try ArticleRecord.decode(bytes, range: 0..<bytes.count, source: SourceText(path: "a.md", text: text))
        #expect(decoded.title == article.title && decoded.blocks == article.blocks)
        #expect(decoded.speakers == article.speakers && decoded.statements == article.statements)
        #expect(throws: (any Error).self) { try ArticleRecord.decode(bytes, range: 0..<bytes.count - 1, source: SourceText(path: "a.md", text: text)) }
        #expect(throws: (any Error).self) { try ArticleRecord.decode(bytes, range: 0..<bytes.count, source: SourceText(path: "a.md", text: "short")) }
    }
}
