import Testing
@testable import BriefingKit

@Suite("Several articles in one file")
struct ArticleBoundaryTests {
    @Test func aSeparatorLineEndsARelatedTail() {
        let article = extract("""
            Council backs new bus lanes

            The council leader said the lanes would cut journey times across the city by a fifth within two years.

            You May Also Like

            Bus fares frozen for another year

            ---

            Union threatens spring strike

            "We will not back down," said Jane Okafor, the union's general secretary, at a rally on Tuesday evening.

            She added that members would walk out again in the spring if the talks failed to make any progress.
            """)
        let kinds = Dictionary(article.blocks.map { ($0.text, $0.kind) }, uniquingKeysWith: { first, _ in first })
        #expect(kinds["Bus fares frozen for another year"] == .related)
        #expect(kinds["---"] == .boilerplate)
        #expect(kinds["Union threatens spring strike"] == .heading)
        #expect(article.statements.contains { $0.text.hasPrefix("We will not back down") && article.speakerName(of: $0) == "Jane Okafor" })
        #expect(article.statements.contains { $0.text.hasPrefix("members would walk out") && article.speakerName(of: $0) == "Jane Okafor" })
    }

    @Test func aTitleFollowedByProseEndsARelatedTail() {
        let article = extract("""
            Council backs new bus lanes

            The council leader said the lanes would cut journey times across the city by a fifth within two years.

            Most read

            Bus fares frozen for another year

            Union threatens spring strike

            Jane Okafor, the union's general secretary, told a rally on Tuesday that members would walk out again.

            The talks are due to resume next week, and both sides have said they want a settlement before Easter.
            """)
        let kinds = Dictionary(article.blocks.map { ($0.text, $0.kind) }, uniquingKeysWith: { first, _ in first })
        #expect(kinds["Bus fares frozen for another year"] == .related)
        #expect(kinds["Union threatens spring strike"] == .heading)
        #expect(article.statements.contains { $0.text.hasPrefix("members would walk out") && article.speakerName(of: $0) == "Jane Okafor" })
    }

    @Test func teasersWithCutOffStandfirstsStayInTheTail() {
        let article = extract("""
            Council backs new bus lanes

            The council leader said the lanes would cut journey times across the city by a fifth within two years.

            You May Also Like

            Former minister Jo Bell says she regrets her vote

            Jo Bell told the committee she should have acted differently and that she had learnt lessons from it…

            Jo Bell said the committee was right to ask her to explain the decision she made over the contract…
            """)
        #expect(article.blocks.suffix(3).allSatisfy { $0.kind == .related })
        #expect(!article.speakers.contains { $0.name.contains("Bell") })
    }

    @Test func aTailMarkerBeforeAnyProseIsADigestSection() {
        let article = extract("""
            Wednesday's Morning Briefing

            TOP STORIES

            MINISTER QUITS OVER LEAKED MEMO Health minister Sam Reyes resigned on Tuesday, saying she had "lost the confidence of colleagues" after the memo leaked.

            FLOODS CLOSE RAIL LINE Network Rail said the line would stay shut until the weekend while engineers repaired the damage.
            """)
        #expect(article.blocks.allSatisfy { $0.kind != .related })
        #expect(article.statements.contains { $0.text == "lost the confidence of colleagues" && article.speakerName(of: $0) == "Sam Reyes" })
        #expect(article.statements.contains { $0.text.hasPrefix("the line would stay shut") && article.speakerName(of: $0) == "Network Rail" })
    }

    @Test func aSeparatorIsNotASpeakerOrStatement() {
        let article = extract("The mayor said the budget was balanced and that no services would be cut this year.\n\n* * *\n\nThe opposition said the figures did not add up.")
        #expect(article.blocks.map(\.kind) == [.paragraph, .boilerplate, .paragraph])
        #expect(article.statements.count == 2)
    }

    @Test func pronounsAndRoleNounsDoNotReachBackIntoThePreviousArticle() {
        let article = extract("""
            Budget passes

            Prime Minister Alan Reyes said the budget would pass easily and that nobody in the cabinet had doubts about it.

            ---

            Port strike ends

            "We have won a fair deal," the union said on Friday after a week of talks.

            "It is a good day for everyone who works at the port," he said.

            The prime minister said the agreement would hold through the winter months.
            """)
        #expect(article.speakerName(of: article.statement(containing: "good day for everyone")) != "Alan Reyes")
        #expect(article.speakerName(of: article.statement(containing: "agreement would hold")) != "Alan Reyes")
        #expect(article.speakerName(of: article.statement(containing: "budget would pass")) == "Alan Reyes")
    }

    @Test func aSurnameOrDescriptionInAnotherStoryOfTheFileIsSomeoneElse() {
        let article = extract("""
            Budget row

            Gordon Brune said taxes would rise next year. Local police said the march had been peaceful.

            ---

            Harvest late

            Brune said the harvest was late this year. Local police said two tractors had been stolen.
            """)
        #expect(article.speakerName(of: article.statement(containing: "harvest was late")) == "Brune")
        let police = Set(article.statements.filter { $0.text.contains("march") || $0.text.contains("tractors") }.map(\.speakerID))
        #expect(police.count == 2)
    }
}
