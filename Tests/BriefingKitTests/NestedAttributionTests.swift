import Testing
@testable import BriefingKit

@Suite("Attribution across clauses, titles and datelines")
struct NestedAttributionTests {
    @Test func datelineIsNoSpeaker() {
        let article = extract("SPRINGFIELD, Ill. — Under pressure from voters, the council issued a statement, saying: “We will reply.”")
        #expect(article.speakers.allSatisfy { $0.name != "SPRINGFIELD" })
    }

    @Test func bareDatelineIsCutFromTheFirstStatement() {
        let article = extract("WASHINGTON — The Senate will vote on four gun measures on Monday, leaders said.")
        #expect(article.statement(containing: "gun measures")?.text == "The Senate will vote on four gun measures on Monday")
    }

    @Test func titleCaseDatelineWithAnAgencyIsCut() {
        let article = extract("Washington (AFP) – Democrat Hillary Mason has taken a swipe at her rival's stance, saying that “bombastic comments” do harm.")
        #expect(article.speakerName(of: article.statement(containing: "bombastic")) == "Hillary Mason")
    }

    @Test func cueIntroducingTheNextQuoteStartsASentence() {
        let article = extract("Ann Cole spoke first.\n\n\"We will win the seat.\" Tom Reed, the owner, added: \"We will not.\"")
        #expect(article.speakerName(of: article.statement(containing: "We will not")) == "Tom Reed")
        #expect(article.speakerName(of: article.statement(containing: "win the seat")) != "Tom Reed")
    }

    @Test func verbWithObjectIsNoInvertedCue() {
        let article = extract("Ann Cole, who estimates that her costs were “in the millions,” described the impact as “horrendous,” she said.")
        #expect(article.speakers.allSatisfy { $0.name != "impact" })
        #expect(article.speakerName(of: article.statement(containing: "horrendous")) == "Ann Cole")
    }

    @Test func namedThingIsNoSpeaker() {
        let article = extract("Later, Ann Cole shared the syllabus of a history class called “Empires” on her website.")
        #expect(article.statement(containing: "Empires") == nil)
        #expect(article.speakers.allSatisfy { !$0.name.contains("class") })
    }

    @Test func namedCompanyIsNoSpeaker() {
        let article = extract("On 21 October, the campaign began using the services of a company called Akamai to ensure that the pages reach visitors.")
        #expect(article.statements.isEmpty)
    }

    @Test func programmeTitlesAreNoQuotes() {
        let article = extract("""
            Ann Cole said on TBN’s “Morning Briefing.” that the plan would work. Tom Reed told the radio show, “Leeds Talks,” he was unsure.
            """)
        #expect(article.statement(containing: "Morning Briefing") == nil)
        #expect(article.statements.allSatisfy { $0.kind == .reported || !$0.text.contains("Leeds Talks") })
    }

    @Test func titlesAfterInOrAHostOfAreNoQuotes() {
        let article = extract("""
            "I'm not sure," Clinton remarked, alluding to the actor's latest turn as a rugged frontiersman in "The Wanderer." Wills said he is now host of “The Late Hour Show.”
            """)
        #expect(!article.statements.contains { $0.kind != .reported && ($0.text.contains("The Wanderer") || $0.text.contains("Late Hour")) })
    }

    @Test func pseudonymsAndProgrammesAfterAnAppearanceAreNoQuotes() {
        let article = extract("""
            Tom Reed wrote under the pseudonym “Carl Danger,” but it did not help. Ann Cole posted quotes from her appearance on “Meet the Panel.”
            """)
        #expect(!article.statements.contains { $0.kind != .reported && ($0.text.contains("Carl Danger") || $0.text.contains("Meet the Panel")) })
    }

    @Test func outletReportingStaysTheNestedSource() {
        let article = extract("Ann Cole said the damage to the harbour would be “significant,” the Daily Courier reported.")
        #expect(article.speakerName(of: article.statement(containing: "significant")) == "Ann Cole")
    }

    @Test func anOutletReportingLaterLeavesThePartialWithItsSource() {
        let article = extract("""
            A third defendant was acquitted. Prosecutors said Jaynes was "a snake oil salesman in a new format", using the internet to peddle useless wares, news agency Associated Press reported.
            """)
        #expect(article.speakerName(of: article.statement(containing: "snake oil")) == "prosecutors")
    }
}
