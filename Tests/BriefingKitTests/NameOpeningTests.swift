import Testing
@testable import BriefingKit

@Suite("Words that open a sentence before a name")
struct NameOpeningTests {
    @Test func conjunctionBeforeANameIsNotPartOfIt() {
        let article = extract("""
            Sarah Marchetti lost in the final on Sunday.

            But Sarah denied her form was fading, saying: “I am fitter than ever.”
            """)
        #expect(article.speakerName(of: article.statement(containing: "fitter than ever")) == "Sarah Marchetti")
        #expect(!article.speakers.contains { $0.name.hasPrefix("But") })
    }

    @Test func aKnownFirstNameAloneIsThePersonNamedInFull() {
        let article = extract("""
            Bernie Okafor and Ruth Lind met in Leeds on Friday.

            Bernie said the talks had been useful.
            """)
        #expect(article.speakerName(of: article.statement(containing: "talks had been useful")) == "Bernie Okafor")
        #expect(!article.speakers.contains { $0.name == "Bernie" })
    }

    @Test func firstNameThatIsAlsoAFunctionWordStaysInTheName() {
        let article = extract("“Costs rise every year,” said Will Tanaka, a professor of economics.")
        #expect(article.speakerName(of: article.statement(containing: "Costs rise")) == "Will Tanaka")
    }

    @Test func likeBeforeANameOpensTheClause() {
        let article = extract("""
            Senator Ruth Okafor backed the bill on Monday.

            Like Okafor, Dan Pryce said the deal was fair.
            """)
        #expect(article.speakerName(of: article.statement(containing: "deal was fair")) == "Dan Pryce")
        #expect(!article.speakers.contains { $0.name.hasPrefix("Like") })
    }

    @Test func parentheticalSeeIsNotAName() {
        let article = extract("""
            The rally ran late into the night. (See Halloran’s full timeline below.)

            Halloran said the crowd was calm.
            """)
        #expect(!article.speakers.contains { $0.name.hasPrefix("See") })
        #expect(article.speakerName(of: article.statement(containing: "crowd was calm")) == "Halloran")
    }

    @Test func capitalisedOccupationBeforeANameIsARole() {
        let article = extract("""
            Striker Tomas Varga said the team would win the cup.

            Guitarist Lena Holt said the tour was sold out.
            """)
        #expect(article.speaker(id: "tomas-varga")?.roles == ["Striker"])
        #expect(article.speaker(id: "lena-holt")?.roles == ["Guitarist"])
        #expect(article.speakerName(of: article.statement(containing: "team would win")) == "Tomas Varga")
    }

    @Test func aHeadingMakesNoPersonWithoutAKnownFirstName() {
        let article = extract("""
            Classy Reed makes winning start

            “I felt good out there,” he said after the match on Wednesday.
            """)
        #expect(article.speakers.isEmpty)
        #expect(article.statement(containing: "felt good") != nil)
    }

    @Test func commonFirstNamesGiveAGenderForPronouns() {
        let article = extract("Tad Morrow met Loretta Voss on Monday. “We agreed on nothing at all,” she said. “It was a waste of a day,” he added.")
        #expect(article.speakerName(of: article.statement(containing: "agreed on nothing")) == "Loretta Voss")
        #expect(article.speakerName(of: article.statement(containing: "waste of a day")) == "Tad Morrow")
    }

    @Test func aSurnameThatIsAlsoAWordIsTheNamedPersonBeforeACue() {
        let article = extract("""
            The columnist Gerald Will has turned on the front-runner.

            “The eruption of war is a reminder that the process matters,” Will wrote. Will said the party had lost its way.
            """)
        #expect(article.speakerName(of: article.statement(containing: "eruption of war")) == "Gerald Will")
        #expect(article.speakerName(of: article.statement(containing: "lost its way")) == "Gerald Will")
    }

    @Test func aCapitalisedPrepositionOpeningTheSentenceIsNoPartOfAName() {
        let article = extract("""
            Helen Clancy spoke in Ohio on Monday.

            Besides Clancy, nobody on the stage had held office. “We know we have got work to do,” she told voters.
            """)
        #expect(article.speakerName(of: article.statement(containing: "work to do")) == "Helen Clancy")
    }
}
