import Testing
@testable import BriefingKit

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
}
