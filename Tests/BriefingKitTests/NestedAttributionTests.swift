import Testing
@testable import BriefingKit

@Suite("Attribution across clauses, titles and datelines")
struct NestedAttributionTests {
    @Test func datelineIsNoSpeaker() {
        let article = extract("SPRINGFIELD, Ill. — Under pressure from voters, the council issued a statement, saying: “We will reply.”")
        #expect(article.speakers.allSatisfy { $0.name != "SPRINGFIELD" })
    }
}
