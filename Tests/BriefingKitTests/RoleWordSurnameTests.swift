import Testing
@testable import BriefingKit

@Suite("Surnames that are role words, and titles after a name")
struct RoleWordSurnameTests {
    @Test func firstNameBeforeARoleWordMakesAPerson() {
        let article = extract("""
            Rick Dean runs the studio's video work. “Our discs have to be squashed down,” Dean says.

            Mark Singer wrote the first profile. “People remembered this piece,” Singer said.
            """)
        #expect(article.speakerName(of: article.statement(containing: "squashed down")) == "Rick Dean")
        #expect(article.speakerName(of: article.statement(containing: "remembered this piece")) == "Mark Singer")
    }

    @Test func roleWordSurnameBeforeACueInTheSameParagraphIsTheName() {
        let article = extract("Jason King ran the show for a decade while Wes Potter was new. King says Potter “has a great career ahead of him.”")
        #expect(article.speakerName(of: article.statement(containing: "great career")) == "Jason King")
    }

    @Test func postNominalTitleIsTheRoleNotPartOfTheName() {
        let article = extract("Former minister Frank Dawson MP criticised the rivalry. He asked: “What sort of model does it give?”")
        let speaker = article.speakers.first { $0.name == "Frank Dawson" }
        #expect(speaker != nil)
        #expect(speaker?.roles.contains { $0.contains("MP") } == true)
        #expect(article.speakerName(of: article.statement(containing: "What sort of model")) == "Frank Dawson")
    }
}
