import Testing
@testable import BriefingKit

@Suite("Headline claims, source openings, references and circumstances")
struct HeadlineAndOpeningTests {
    @Test func headlineLabelsAndQuestionsAreNoClaims() {
        #expect(extract("Revealed: What the harbour board kept quiet\n\nThe board met on Monday.").statements.isEmpty)
        #expect(extract("The Latest: Ferry fares will rise in spring\n\nThe board met on Monday.").statements.isEmpty)
        #expect(extract("Q: Will the ferry fares rise in spring?\n\nThe board met on Monday.").statements.isEmpty)
    }

    @Test func headlineClaimNeedsTheSpeakerInTheBody() {
        let article = extract("Reed: Ferry fares will rise in spring\n\nMayor Tom Reed spoke to the harbour board on Monday about costs.")
        let claim = article.statement(containing: "Ferry fares")
        #expect(claim?.kind == .reported)
        #expect(claim?.text == "Ferry fares will rise in spring")
        #expect(article.speakerName(of: claim) == "Tom Reed")
    }

    @Test func pollOpeningReportsItsClause() {
        let article = extract("The vote is close. In a county survey released Monday, most voters backed the new tram line.")
        let finding = article.statement(containing: "most voters")
        #expect(finding?.text == "most voters backed the new tram line")
        #expect(article.speakerName(of: finding) == "county survey")
        #expect(extract("In the video, the mayor walks along the harbour wall.").statements.isEmpty)
    }

    @Test func referringToAfterAQuote() {
        let article = extract("“It has gone on far too long,” Ann Cole said, referring to the strike.")
        let reference = article.statement(containing: "the strike")
        #expect(reference?.kind == .reported)
        #expect(article.speakerName(of: reference) == "Ann Cole")
    }

    @Test func circumstanceAfterSaidIsNoStatement() {
        #expect(extract("That is what Mayor Tom Reed said in a radio interview.").statements.isEmpty)
        #expect(extract("Mayor Tom Reed said of the ferry plan that it would never pay.").statement(containing: "never pay") != nil)
        #expect(extract("Mary Sullen said while she turned around and spread her cape over the crowd.").statements.isEmpty)
        #expect(extract("Mayor Tom Reed said during his long campaign speech to be a national delegate.").statements.isEmpty)
    }
}
