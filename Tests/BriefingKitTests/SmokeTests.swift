import Testing
@testable import BriefingKit

@Test func splitsParagraphs() {
    let article = Extractor().analyse(SourceText(path: "x.txt", text: "One.\n\nTwo."))
    #expect(article.blocks.map(\.text) == ["One.", "Two."])
}
