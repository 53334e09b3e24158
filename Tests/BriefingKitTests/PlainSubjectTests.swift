import Testing
@testable import BriefingKit

@Suite("Plain subjects of reporting cues and abbreviations before a new sentence")
struct PlainSubjectTests {
    @Test func reportingCueTakesAPlainSubject() {
        let article = extract("The harbour trust announced that the ferry would stop in winter.")
        #expect(article.statement(containing: "ferry would stop")?.kind == .reported)
        #expect(article.speakerName(of: article.statement(containing: "ferry would stop")) == "harbour trust")
    }

    @Test func participleAfterANounIsNoCue() {
        #expect(extract("The ferry plan announced on Monday would end the winter service for good.").statements.isEmpty)
    }

    @Test func abbreviationBeforeAPronounEndsTheSentence() {
        let article = extract("Ann Cole says the fares will rise in the U.S. She says the ferry “will not survive another winter.”")
        #expect(article.statement(containing: "fares will rise")?.kind == .reported)
    }

    @Test func longPlainSubjectWithAPreposition() {
        let article = extract("A man close to the harbour board says the ferry will be sold.")
        #expect(article.statement(containing: "ferry will be sold")?.kind == .reported)
    }

    @Test func beliefVerbTakesAPlainSubject() {
        let article = extract("Most island voters believe the ferry should stay in public hands.")
        #expect(article.statement(containing: "ferry should stay")?.kind == .stance)
        #expect(extract("There are growing fears that the ferry will be sold off.").statements.isEmpty)
        #expect(extract("The papers believed to hold the ferry accounts were found.").statements.isEmpty)
    }

    @Test func plainStanceSubjectDoesNotTakeOverTheNextQuote() {
        let text = "Ann Cole said the ferry was vital.\n\nMany think the ferry should stay in public hands.\n\n“It is our lifeline to the mainland.”"
        let article = extract(text)
        #expect(article.speakerName(of: article.statement(containing: "lifeline")) == "Ann Cole")
    }

    @Test func stanceBesideReportedSpeech() {
        let article = extract("Mayor Tom Reed said the vote was close, and Ann Cole wants the ferry kept in public hands.")
        #expect(article.statement(containing: "vote was close")?.kind == .reported)
        #expect(article.statements.contains { $0.kind == .stance && $0.text.hasPrefix("wants the ferry kept") })
    }

    @Test func aPassiveStanceVerbStatesSomeoneElsesView() {
        #expect(extract("The firm is thought to be offering about $2bn. Many ministers are believed to favour the plan. The rally was planned for Monday.").statements.isEmpty)
        let article = extract("Tom Reed is also expected to announce new measures. Activists were also opposed to the plan.")
        #expect(article.speakerName(of: article.statement(containing: "announce new measures")) == "Tom Reed")
        #expect(article.speakerName(of: article.statement(containing: "to the plan")) == "activists")
    }

    @Test func quantityWordsOpenNoDescription() {
        let article = extract("More than 20 Leeds ministers urged fans to boycott the concert. A lot of the athletes said the runway was poor.")
        #expect(article.speakerName(of: article.statement(containing: "boycott")) == "20 Leeds ministers")
        #expect(article.speakerName(of: article.statement(containing: "runway was poor")) == "athletes")
    }

    @Test func appearsToIsAStanceButAppearingOnAShowIsNot() {
        #expect(extract("Mayor Tom Reed appears ready to sell the old ferry.").statement(containing: "sell the old ferry")?.kind == .stance)
        #expect(extract("Mayor Tom Reed appeared on a radio show in the morning.").statements.isEmpty)
    }

    @Test func plainSubjectKindComesFromItsHead() {
        let text = """
            Critics of the ferry plan said it would cut the island off.

            The island's biggest ferry operator said fares would rise.

            The harbour regulator said the fares were fair.

            Sources close to the harbour board said the sale had stalled.

            The harbour master said the quay was safe.

            The new harbour bill says the ferry must stay.
            """
        let article = extract(text)
        func kind(_ fragment: String) -> SpeakerKind? { article.speaker(id: article.statement(containing: fragment)?.speakerID)?.kind }
        #expect(kind("cut the island off") == .group)
        #expect(kind("fares would rise") == .organisation)
        #expect(kind("fares were fair") == .organisation)
        #expect(kind("sale had stalled") == .group)
        #expect(kind("quay was safe") == .person)
        #expect(kind("ferry must stay") == .organisation)
    }

    @Test func aCueWithAClauseAfterAQuotationStartsANewSentence() {
        let article = extract("The band got the crowd to cheer for “President Tom Reed.” Many in the crowd said the mayor was the only one they trusted.")
        let trusted = article.statement(containing: "only one they trusted")
        #expect(trusted?.kind == .reported)
        #expect(article.speakerName(of: trusted) == "many in the crowd")
        let attributed = extract("“We will win the vote.” Ann Cole said in a statement.")
        #expect(attributed.speakerName(of: attributed.statement(containing: "win the vote")) == "Ann Cole")
    }

    @Test func aStanceAfterARelativeClauseStartsAtItsVerb() {
        let article = extract("Lucy Marsh, who was adopted by a family from Essex, wants to remain anonymous for her children.")
        let stance = article.statement(containing: "remain anonymous")
        #expect(stance?.kind == .stance)
        #expect(stance?.text == "wants to remain anonymous for her children")
    }

    @Test func aPassiveWithItsAgentIsNoStance() {
        #expect(extract("Tom Reed was not opposed by Ann Cole in the harbour vote.").statements.isEmpty)
        #expect(extract("Tom Reed opposed the harbour plan in the vote.").statement(containing: "harbour plan")?.kind == .stance)
    }

    @Test func reportedClauseEndsBeforeALaterClauseThatHoldsAQuotation() {
        let article = extract("The spokesman refused to answer questions on the race but said there was no telephone call planned with the candidate, adding: “If one is proposed we will consider it.”")
        #expect(article.statement(containing: "no telephone call")?.text == "there was no telephone call planned with the candidate")
        #expect(article.speakerName(of: article.statement(containing: "no telephone call")) == "spokesman")
    }

    @Test func asideBetweenCommasAfterAPlainSubjectIsPassedOver() {
        let article = extract("Six newspapers, including the Park Press, said he is not even fit to be governor.")
        #expect(article.speakerName(of: article.statement(containing: "not even fit")) == "Six newspapers")
        #expect(extract("Hours before the vote, officials said the count was over.").speakers.allSatisfy { !$0.name.contains("Hours") })
    }

    @Test func openingPhraseBeforeTheSubjectIsNotWhatWasSaid() {
        #expect(extract("Hours before the vote, officials said the count was over.").statements.map(\.text) == ["the count was over"])
        #expect(extract("The plan will fail, officials said on Monday.").statements.map(\.text) == ["The plan will fail"])
    }

    @Test func roundedNumberOpensAShareNotAPhrase() {
        let office = extract("The budget office said about half of the adjustment reflected revenue losses.")
        #expect(office.statement(containing: "about half")?.text == "about half of the adjustment reflected revenue losses")
        let poll = extract("About 9 percent said they had no preference.")
        let share = poll.speaker(id: poll.statement(containing: "no preference")?.speakerID)
        #expect(share?.name == "About 9 percent")
        #expect(share?.kind == .group)
    }

    @Test func stanceInARelativeClauseStartsAtItsVerb() {
        let article = extract("There were some members of the island council who did not support the campaign.")
        #expect(article.statement(containing: "support the campaign")?.text == "did not support the campaign")
    }

    @Test func aParticipleWithItsAgentIsNoStance() {
        #expect(extract("Spurs had seen bids of £3m and £4m for Reid rejected by the Championship club.").statements.isEmpty)
    }

    @Test func negatedSubjectNamesNoSpeaker() {
        let article = extract("So far, no militant group has claimed responsibility for the attack on the market.")
        #expect(article.speakers.isEmpty)
        #expect(article.statements.isEmpty)
    }

    @Test func anAdvertIsNoPerson() {
        let article = extract("The ad says that Jeb Lowe is the conservative voters can trust.")
        let speaker = article.speaker(id: article.statement(containing: "conservative voters")?.speakerID)
        #expect(speaker?.name == "ad")
        #expect(speaker?.kind == .organisation)
    }

    @Test func timePhraseAfterTheCueIsNotWhatWasSaid() {
        let article = extract("Chairman Sam Yonge told MPs on Tuesday care was needed to keep voters on the register. The watchdog said yesterday the plan would work.")
        #expect(article.statement(containing: "care was needed")?.text == "care was needed to keep voters on the register")
        #expect(article.statement(containing: "plan would work")?.text == "the plan would work")
    }

    @Test func aSecondThatClauseDoesNotCutTheFirstOff() {
        let article = extract("The treasurer said the scheme would pay for itself and that no taxes would rise. Officials told the board and the auditors that the books were sound.")
        #expect(article.statement(containing: "no taxes")?.text == "the scheme would pay for itself and that no taxes would rise")
        #expect(article.statement(containing: "books were sound")?.text == "the books were sound")
    }

    @Test func anOccasionAfterTheCueIsNotWhatWasSaid() {
        let article = extract("""
            Justice Ada Lowe said in an interview with the Gazette last week that she would not retire. Velmark said in a statement it was investigating the attack. The mayor said on Saturday, and the council has met twice since then. Rovers replied with three penalties and a drop goal before half-time.
            """)
        #expect(article.statement(containing: "would not retire")?.text == "she would not retire")
        #expect(article.statement(containing: "investigating the attack")?.text == "it was investigating the attack")
        #expect(article.statement(containing: "council has met") == nil)
        #expect(article.statement(containing: "three penalties")?.text == "with three penalties and a drop goal before half-time")
    }

    @Test func cueClosingTheSentenceWithACircumstanceReportsTheClauseBefore() {
        let article = extract("Some 45 million children will die needlessly before 2015, Oxfam says in a report, Paying the Price.")
        #expect(article.statement(containing: "45 million")?.text == "Some 45 million children will die needlessly before 2015")
    }

    @Test func aCapitalisedPluralNounOpeningTheSentenceIsAGroupNotAPerson() {
        let article = extract("""
            Bookmakers said the odds had shortened. Creditors want the firm to pay within a month. Sanders said the odds were wrong.
            """)
        #expect(article.speakers.first { $0.name == "Bookmakers" }?.kind == .group)
        #expect(article.speakers.first { $0.name == "Creditors" }?.kind == .group)
        #expect(article.speakers.first { $0.name == "Sanders" }?.kind == .person)
    }
}
