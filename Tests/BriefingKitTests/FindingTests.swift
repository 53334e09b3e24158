import Testing
@testable import BriefingKit

@Suite("Findings, refusals and titles")
struct FindingTests {
    /// Sentences with a finding or stance: the text, a fragment of the statement, its kind.
    static let kinds: [(String, String, StatementKind)] = [
        ("A new county poll shows the mayor leading by ten points among older voters.", "mayor leading", .reported),
        ("A 2019 report by the river trust found that the weir had cut salmon numbers by half.", "weir had cut", .reported),
        ("The council now holds at least 40 seats, according to a count by the local paper.", "council now holds", .reported),
        ("Councillor Ann Cole seems ready to back the new tram line.", "ready to back", .stance),
        ("Voters were asked twice. Nine in 10 said they thought the economy favours the wealthy.", "economy favours", .reported),
        ("On the tram line, 47% say the council should build it now.", "council should build", .reported),
        ("Mayor Tom Reed has vowed to keep the library open all year.", "keep the library open", .reported),
    ]

    @Test(arguments: kinds) func kindIsFound(text: String, fragment: String, kind: StatementKind) {
        #expect(extract(text).statement(containing: fragment)?.kind == kind)
    }

    @Test func aSourcePhraseStopsAtTheVerbOrPrepositionBeforeIt() {
        let despite = extract("The rise in fares came as a city transport report found that demand had fallen.")
        #expect(despite.speakerName(of: despite.statement(containing: "demand had fallen")) == "city transport report")
        let although = extract("The trust said although the latest figures showed that waiting lists were shorter, staff were tired.")
        #expect(although.speakers.allSatisfy { !$0.name.contains("said") })
    }

    @Test func aPlainSubjectHoldsNoReportingVerb() {
        let article = extract("Commenting on the plan Mr Hale said local shops say the new parking rules are too strict.")
        #expect(article.speakers.allSatisfy { !$0.name.contains("said") })
    }

    @Test func peopleFindingThingsAreNoFinding() {
        #expect(extract("Police found the missing boat near the harbour wall on Sunday.").statements.isEmpty)
    }

    @Test func clauseEndsAtASemicolonOrAFurtherCue() {
        let shares = extract("Six in 10 said they were tired of the campaign; 46 percent said they would not vote.")
        #expect(shares.statement(containing: "tired of the campaign")?.text == "they were tired of the campaign")
        let added = extract("Mayor Ann Cole said it was too early to count the votes but added, “I think you all know the result.”")
        #expect(added.statement(containing: "too early")?.text == "it was too early to count the votes")
        #expect(added.speakerName(of: added.statement(containing: "know the result")) == "Ann Cole")
    }

    @Test func clauseEndsWhereAnotherSpeakerIsHeard() {
        let article = extract("The Greens say the levy would hurt farmers and the Liberals say the sums do not add up.")
        #expect(article.statement(containing: "hurt farmers")?.text == "the levy would hurt farmers")
        #expect(article.speakerName(of: article.statement(containing: "sums do not add up")) == "Liberals")
        let dash = extract("Mayor Ann Cole attacked plans to close the library - but Tom Reed said the council had no choice.")
        #expect(dash.statement(containing: "close the library")?.text == "plans to close the library")
    }

    @Test func aClauseEndsBeforeTheAttributionClosingTheSentence() {
        let article = extract("""
            Sales are expected to fall in 2005, Acme said this week, as it leaves the rental market. Homeowners now \
            expect prices to rise by 1%, Mr Bannister said. Tom Reed said the plan, he claimed, would be the envy of \
            the region.
            """)
        #expect(article.statement(containing: "expected to fall")?.text == "are expected to fall in 2005")
        #expect(article.statements.first { $0.cue == "expect" }?.text == "now expect prices to rise by 1%")
        #expect(article.statement(containing: "envy")?.text == "the plan, he claimed, would be the envy of the region")
    }

    @Test func stanceEndsWhereAnotherSpeakerIsHeard() {
        let article = extract("The mayor backs the levy, but the Liberals say it will hurt farmers.")
        #expect(article.statement(containing: "backs")?.text == "backs the levy")
    }

    @Test func parenthesesAndPerCentStayWithTheClause() {
        let article = extract("Ann Cole said profits rose to 2.9bn euros ($3.1bn; £2bn). Tom Reed said food prices in the city fell by 5%.")
        #expect(article.statement(containing: "profits rose")?.text == "profits rose to 2.9bn euros ($3.1bn; £2bn)")
        #expect(article.statement(containing: "food prices")?.text == "food prices in the city fell by 5%")
    }

    @Test func coordinatedSubjectsKeepTheClauseWhole() {
        let pair = extract("Mayor Ann Cole claimed council leader Tom Reed and his deputy Mark Hill had agreed to delay the vote.")
        #expect(pair.statement(containing: "delay the vote")?.text == "council leader Tom Reed and his deputy Mark Hill had agreed to delay the vote")
        let both = extract("Ann Cole said both she and Tom Reed promised to cut the rates.")
        #expect(both.speakerName(of: both.statement(containing: "she and Tom Reed")) == "Ann Cole")
    }

    @Test func questionPutToTheSpeaker() {
        let article = extract("The talks resumed on Monday.\n\nAsked whether the talks had failed, Ann Cole said the unions would meet again.")
        let question = article.statement(containing: "talks had failed")
        #expect(question?.text == "whether the talks had failed")
        #expect(question?.speakerID == nil)
        #expect(article.speakerName(of: article.statement(containing: "meet again")) == "Ann Cole")
    }

    @Test func relativeClauseCueIsNoStatement() {
        let article = extract("The claims, which he has denied, are being studied by an independent panel of judges.")
        #expect(article.statements.isEmpty)
    }

    @Test func aLoneSubordinateClauseBeforeTheSpeakerIsNotWhatWasSaid() {
        let article = extract("Although the band had paid a fee for the sample, Tom Reed said his copyright had been infringed.")
        #expect(article.statements.map(\.text) == ["his copyright had been infringed"])
        let inverted = extract("If the deal goes ahead, prices will rise, the minister said.")
        #expect(inverted.statements.map(\.text) == ["If the deal goes ahead, prices will rise"])
    }

    @Test func aPluralNounAfterACountIsNoCue() {
        #expect(extract("The band used three notes of music from the flautist Tom Reed in their track.").statements.isEmpty)
        let article = extract("Article 33 says no state shall expel a refugee to danger.")
        #expect(article.statements.map(\.text) == ["no state shall expel a refugee to danger"])
    }

    @Test func aClauseReportedInAnOpeningSubordinateClauseEndsBeforeTheMainClause() {
        let article = extract("""
            When Ann Lee, during a debate in 1973, recommended that she resign at once, Mrs. Reed replied calmly that she was pleased. \
            While Tom Cole admitted the plan was late, Labour insisted it would work.
            """)
        #expect(article.statement(containing: "she resign")?.text == "she resign at once")
        #expect(article.speakerName(of: article.statement(containing: "she was pleased")) == "Reed")
        #expect(article.statement(containing: "plan was late")?.text == "the plan was late")
    }

    @Test func anAsideWithAsClosingTheClauseReportsTheClauseBefore() {
        let article = extract("""
            Tom Reed met the mayor that day, as the Daily Courier reported on Tuesday, and he will advise her. \
            Ignoring the deficit carries risks, as Labour supporters point out. \
            Shares fell, as Acme reported a lower margin of 4%. \
            But the last part, as Ann Lee noted, is that the fund is empty.
            """)
        #expect(article.speakerName(of: article.statement(containing: "met the mayor")) == "Daily Courier")
        #expect(article.speakerName(of: article.statement(containing: "carries risks")) == "Labour supporters")
        #expect(article.statement(containing: "Shares fell") == nil)
        #expect(article.statement(containing: "But the last part") == nil)
    }

    @Test func anAmountAddedOrTimeTellingSaysNothing() {
        #expect(extract("The pound added 0.5% on Friday. The economy added 255,000 jobs in July. Only time will tell if the plan works.").statements.isEmpty)
        let speech = extract("Tom Reed added 2005 offers a chance to win. Ann Cole added 40% were unhappy with the plan.")
        #expect(speech.statements.map(\.text) == ["2005 offers a chance to win", "40% were unhappy with the plan"])
    }

    @Test func goingOnSomewhereSaysNothing() {
        #expect(extract("The Nintendo DS went on sale in Japan on Friday, and Mayor Ann Cole went on the offensive.").statements.isEmpty)
        let speech = extract("Mayor Ann Cole went on to say that the vote would be close.")
        #expect(speech.speakerName(of: speech.statement(containing: "vote would be close")) == "Ann Cole")
    }

    @Test func phrasalVerbsOfCuesSayNothing() {
        let text = "Brent Wilson called off the strike, Acme Holdings called in administrators and Tom Reed snapped up shares in Acme."
        #expect(extract(text).statements.isEmpty)
    }

    @Test func verbsThatTakeThingsAreNoCueBeforeOne() {
        let fact = extract("The Tories claim the sums do not add up. Acme Holdings claimed losses were hidden from its shareholders.")
        #expect(fact.speakerName(of: fact.statement(containing: "sums do not add up")) == "Tories")
        #expect(fact.speakerName(of: fact.statement(containing: "losses were hidden")) == "Acme Holdings")
        let things = """
            Ann Cole claimed her first national title in Leeds, and Tom Reed claimed a draw. Acme Holdings posted a loss \
            of $20m for the year. Leeds Rhinos conceded six goals in two games. Mark Hill told the story of his escape.
            """
        #expect(extract(things).statements.isEmpty)
    }

    @Test func declinedToTakesItsInfinitive() {
        #expect(extract("Mayor Tom Reed declined to comment.").statement(containing: "comment")?.cue == "declined to")
    }

    @Test func quotedTitleIsNoStatement() {
        let article = extract("“We will build it,” Tom Reed said.\n\n“Harbour Lights” star Ann Cole joined the campaign on Friday.")
        #expect(article.statement(containing: "Harbour Lights") == nil)
    }

    @Test func aFindingFromANamedOrganisationIsItsStatement() {
        let article = extract("""
            On Tuesday, figures from the Bank of Leeds showed that the number of loans fell to a ten-year low.

            Capital Harbour, which has in the past predicted a fall in fares, branded the plan a "temporary surprise," in a note.
            """)
        #expect(article.speakerName(of: article.statement(containing: "number of loans")) == "Bank of Leeds")
        #expect(article.speakerName(of: article.statement(containing: "temporary surprise")) == "Capital Harbour")
    }

    @Test func aPassiveEvidenceVerbFindsNothing() {
        let article = extract("""
            Many search engines list paid-for results beside websites found by indexing the web. The new results can be found on the net.
            """)
        #expect(article.statement(containing: "indexing the web") == nil)
        #expect(article.statement(containing: "on the net") == nil)
    }

    @Test func theMakerOfAFindingAfterAccordingToSpeaks() {
        let article = extract("""
            A quarter of broadband users regularly upload content, according to a report by the Kestrel Institute of Media.

            House prices fell in December, according to figures from the Office for Housing Statistics.

            Sales rose again, according to Mr Dorn of Kent.
            """)
        #expect(article.speakerName(of: article.statement(containing: "upload content")) == "Kestrel Institute of Media")
        #expect(article.speakerName(of: article.statement(containing: "prices fell")) == "Office for Housing Statistics")
        #expect(article.speakerName(of: article.statement(containing: "Sales rose")) == "Dorn")
    }
}
