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

    @Test func queriesAreFoundIgnoringCaseAndAccents() {
        #expect(FoldedQuery("PRESIDENT").isFound(in: "Emmanuel Macron, président"))
        #expect(!FoldedQuery("macron").isFound(in: "Sunak"))
        #expect(FoldedQuery("").isFound(in: "anything"))
        #expect(FoldedQuery("strasse").isFound(in: "Łódź STRAẞE"))
        #expect(FoldedQuery("we're").isFound(in: "“We’re ready”"))
    }

    @Test func queriesFoundAsTheFoldedCopyWouldFindThem() {
        var random = SeededRandom(seed: 7)
        let alphabet = Array("aab abaÉéß’ C")
        for _ in 0..<2000 {
            let text = String((0..<random.number(0...24)).map { _ in random.pick(alphabet) })
            let query = String((0..<random.number(1...5)).map { _ in random.pick(alphabet) })
            let folded = TextFolding.fold(query)
            #expect(FoldedQuery(query).isFound(in: text) == TextFolding.fold(text).containsBytes(folded), "\(query) in \(text)")
        }
    }
}
