import Testing
@testable import BriefingKit

@Suite("What was said after an addressee")
struct AddresseeTests {
    @Test func aGatheringAddressedIsNoPartOfWhatWasSaid() {
        let article = extract("""
            Tony Blair told his monthly press conference the matter had been dealt with. Ann Cole told a jury in New York \
            on Wednesday that the auditors had approved it. Tom Reed told the hearing at the Birmingham and Midlands \
            Institute the case could go on. Mark Hill urged them to join the rally outside the town hall.
            """)
        #expect(article.statement(containing: "matter had been")?.text == "the matter had been dealt with")
        #expect(article.statement(containing: "auditors had")?.text == "the auditors had approved it")
        #expect(article.statement(containing: "case could")?.text == "the case could go on")
        #expect(article.statement(containing: "the rally")?.text == "to join the rally outside the town hall")
    }

    @Test func programmeOfAnOutletIsTheAddresseeNotWhatWasSaid() {
        let article = extract("""
            Mr Hallam told BBC One's Breakfast with Frost programme he wanted the job.

            Ms Orme told the BBC World Service programme Net Talk how the group trains its teachers.

            Rep. Dan Pike told the Post and Courier newspaper of Charleston on Saturday that he voted for the bill.
            """)
        #expect(article.statement(containing: "wanted the job")?.text == "he wanted the job")
        #expect(article.statement(containing: "trains its teachers")?.text == "how the group trains its teachers")
        #expect(article.statement(containing: "voted for the bill")?.text == "he voted for the bill")
    }

    @Test func addresseeWithoutATitleStillEndsBeforeTheClause() {
        let article = extract("Ms Orme told the paper she would stay.")
        #expect(article.statement(containing: "would stay")?.text == "she would stay")
    }

    @Test func aStationNumberWithAPossessiveIsPartOfTheProgrammesName() {
        let article = extract("Barry Hume told Radio 4's Today programme that more lawyers may go.")
        #expect(article.statement(containing: "lawyers may go")?.text == "more lawyers may go")
    }

    @Test func aStationNumberEndsTheAddresseeWithItsProgramme() {
        let article = extract("""
            Dee Harrow said the plan was wrong. The scope of the plan was very narrow, she told BBC Radio 4's World At One.

            Mr Harrow told BBC News 24 the vote was lost.
            """)
        #expect(article.statement(containing: "scope of the plan")?.text == "The scope of the plan was very narrow")
        #expect(article.statement(containing: "vote was lost")?.text == "the vote was lost")
        #expect(article.statement(containing: "World At One") == nil)
    }

    @Test func aCommaAfterThatIsNotPartOfTheClause() {
        let article = extract("The firm said that, once the deal was completed, it would return cash to shareholders.")
        #expect(article.statement(containing: "once the deal")?.text == "once the deal was completed, it would return cash to shareholders")
    }

    @Test func aConjunctionRightAfterTheCueJoinsAnotherClause() {
        let article = extract("""
            The IAAF charged the pair. If they do not respond or their explanations are rejected, they will be banned from competition.

            Jim Walton agreed and said the figures had to be looked at in context.
            """)
        #expect(article.statement(containing: "explanations are rejected") == nil)
        #expect(article.statements.filter { $0.text.contains("figures had to be") }.map(\.text) == ["the figures had to be looked at in context"])
    }

    @Test func aThatAfterAVerbOfTheClauseIsInsideIt() {
        let article = extract("Microsoft said it would soon release a toolkit that strips machines of spyware. Ross Walker said he was surprised that the vote came so soon.")
        #expect(article.statement(containing: "strips machines")?.text == "it would soon release a toolkit that strips machines of spyware")
        #expect(article.statement(containing: "vote came")?.text == "he was surprised that the vote came so soon")
    }
}
