import Testing
@testable import BriefingKit

@Suite("Set phrases and titles")
struct SetPhraseTests {
    @Test func havingSaidThatReportsNothing() {
        let article = extract("Having said that, the figures for March are good. That said, the plan for April is sound. All told, 40 people came.")
        #expect(article.statements.isEmpty)
        #expect(article.speakers.isEmpty)
    }

    @Test func havingSaidIsAParticipleOfTheSubject() {
        let article = extract("The treasurer stayed on, having said that she would resign if the budget failed.")
        #expect(article.speakerName(of: article.statement(containing: "she would resign")) == "treasurer")
        #expect(!article.speakers.contains { $0.name.lowercased() == "having" })
    }

    @Test func aPeerNamedWithNoFirstNameKeepsTheTitle() {
        let article = extract("Lord Hartwell said the bill was flawed. Hartwell added that peers would amend it. Mr Dunne said it was fine.")
        #expect(article.speakerName(of: article.statement(containing: "bill was flawed")) == "Lord Hartwell")
        #expect(article.speakerName(of: article.statement(containing: "peers would amend")) == "Lord Hartwell")
        #expect(article.speakerName(of: article.statement(containing: "it was fine")) == "Dunne")
    }

    @Test func thinkTankIsANounNotAStance() {
        let article = extract("Matt Bennett, a founder of the centrist think tank Third Way, said the party had avoided tacking too far left.")
        #expect(!article.statements.contains { $0.kind == .stance })
        #expect(article.speakerName(of: article.statement(containing: "tacking too far left")) == "Matt Bennett")
    }

    @Test func aPartyWordBeforeANounIsNoSpeaker() {
        let article = extract("The report has renewed Republican calls for a special prosecutor to investigate the fund. The Democratic plan rejected on Monday was similar to an earlier one. A Republican said the party would win the seat easily.")
        #expect(!article.speakers.contains { $0.name == "Democratic" })
        #expect(article.statements.count == 1)
        #expect(article.speakerName(of: article.statement(containing: "win the seat")) == "Republican")
    }

    @Test func aStanceWordFollowedByAFiniteVerbIsANoun() {
        let article = extract("""
            Labour support has been falling away among some voters. The Wanadoo plans will be used to provide video services.

            The man Dana Obert hopes will succeed her is the party's treasurer.
            """)
        #expect(article.statement(containing: "falling away") == nil)
        #expect(article.statement(containing: "video services") == nil)
        #expect(article.statement(containing: "succeed her")?.kind == .stance)
    }

    @Test func noOneAndNobodyHoldNoStance() {
        let article = extract("No-one knows what mood the crowd will be in. Nobody wants to take the risk of swamping the channels.")
        #expect(article.statements.isEmpty)
        #expect(article.speakers.isEmpty)
    }

    @Test func aNationAdjectiveBeforeAStanceWordMakesItANoun() {
        let article = extract("British hopes of winning major awards were dashed as UK stars failed to win prizes.")
        #expect(article.statements.isEmpty)
    }
}
