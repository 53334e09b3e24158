import Testing
@testable import BriefingUI

@Suite struct TextFoldingTests {
    @Test func foldsCaseAndDiacritics() {
        #expect(TextFolding.fold("Élysée") == "elysee")
        #expect(TextFolding.fold("MACRON") == "macron")
        #expect(TextFolding.fold("Łódź Straße") == "lodz strasse")
        #expect(TextFolding.fold("e\u{301}") == "e")
    }

    @Test func foldsCurlyQuotesToStraightOnes() {
        #expect(TextFolding.fold("“we’re”") == "\"we're\"")
    }

    @Test func matchesIgnoreCaseAndAccents() {
        #expect(TextFolding.matches("Emmanuel Macron, président", foldedQuery: TextFolding.fold("PRESIDENT")))
        #expect(!TextFolding.matches("Sunak", foldedQuery: "macron"))
        #expect(TextFolding.matches("anything", foldedQuery: ""))
    }

    @Test func foldedTextMapsMatchesBackToSourceOffsets() {
        let folded = FoldedText("Café, CAFÉ and cafe\u{301}", startOffset: 100)
        let ranges = folded.ranges(of: "cafe")
        #expect(ranges.map(\.start) == [100, 106, 115])
        #expect(ranges.map(\.end) == [104, 110, 119])
    }
}
