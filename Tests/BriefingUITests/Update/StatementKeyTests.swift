import Testing
import BriefingKit
@testable import BriefingUI

@Suite struct StatementKeyTests {
    @Test func enterOnASpeakerSelectsItAndAgainClearsIt() {
        var reader = Fixtures.reader()
        _ = reader.update(.character("2"))
        _ = reader.update(.character("j"))
        _ = reader.update(.enter)
        #expect(reader.selectedSpeakerID == "tom-reed")
        #expect(reader.positions.map(\.id) == ["s2", "s3"])
        _ = reader.update(.enter)
        #expect(reader.selectedSpeakerID == nil)
        #expect(reader.positions.count == 5)
    }

    @Test func enterOnAStatementShowsItInTheArticle() {
        var reader = Fixtures.reader(Briefing(articles: [LongArticle.article]), columns: 80, rows: 12)
        _ = reader.update(.character("3"))
        _ = reader.update(.character("G"))
        #expect(reader.selectedStatementID == "l17")
        #expect(reader.scroll(of: .article) == 0)
        _ = reader.update(.enter)
        let lines = reader.currentArticleLayout!.lines(covering: reader.selectedStatement!.range)!
        let top = reader.scroll(of: .article)
        #expect(top > 0)
        #expect(lines.lowerBound >= top && lines.upperBound < top + reader.contentHeight(of: .article))
        #expect(reader.focus == .positions)
    }

    @Test func enterShowsItsResultWhenOnePaneShowsAtATime() {
        var reader = Fixtures.reader(Briefing(articles: [Fixtures.bridge, LongArticle.article]), columns: 70, rows: 20)
        _ = reader.update(.character("2"))
        _ = reader.update(.enter)
        #expect(reader.focus == .positions, "selecting a speaker shows their positions")
        _ = reader.update(.character("j"))
        _ = reader.update(.enter)
        #expect(reader.focus == .article, "a statement is shown in the article")
        _ = reader.update(.character("4"))
        _ = reader.update(.character("j"))
        _ = reader.update(.enter)
        #expect(reader.focus == .article && reader.articleIndex == 1, "an opened briefing shows its article")
        _ = reader.update(.character("2"))
        _ = reader.update(.enter)
        _ = reader.update(.character("2"))
        _ = reader.update(.enter)
        #expect(reader.focus == .speakers, "clearing the speaker stays in Speakers")
    }

    @Test func bracketsStepThroughEveryonesStatementsAndScrollThere() {
        var reader = Fixtures.reader(Briefing(articles: [LongArticle.article]), columns: 80, rows: 12)
        var visited: [String] = []
        for _ in 0..<6 {
            _ = reader.update(.character("]"))
            visited.append(reader.selectedStatementID ?? "-")
            let lines = reader.currentArticleLayout!.lines(covering: reader.selectedStatement!.range)!
            let top = reader.scroll(of: .article)
            #expect(lines.lowerBound >= top && lines.upperBound < top + reader.contentHeight(of: .article))
        }
        #expect(visited == ["k2", "l5", "k8", "k14", "l17", "l17"])
        _ = reader.update(.character("["))
        #expect(reader.selectedStatementID == "k14")
    }

    @Test func bracketsStayWithTheSelectedSpeaker() {
        var reader = Fixtures.reader(Briefing(articles: [LongArticle.article]), columns: 80, rows: 12)
        _ = reader.update(.character("2"))
        _ = reader.update(.enter)
        #expect(reader.selectedSpeakerID == "kim-ode")
        var visited: [String] = []
        for _ in 0..<3 {
            _ = reader.update(.character("]"))
            visited.append(reader.selectedStatementID ?? "-")
        }
        #expect(visited == ["k2", "k8", "k14"])
        _ = reader.update(.character("["))
        #expect(reader.selectedStatementID == "k8")
    }

    @Test func openingBracketGoesToTheStatementAboveTheView() {
        var reader = Fixtures.reader(Briefing(articles: [LongArticle.article]), columns: 80, rows: 12)
        _ = reader.update(.character("G"))
        let top = reader.offsetAtTopOfArticle
        _ = reader.update(.character("["))
        let above = reader.positions.filter { $0.range.start < top }
        #expect(!above.isEmpty)
        #expect(reader.selectedStatementID == above.last?.id)
    }

    @Test func tCyclesTheKindFilter() {
        var reader = Fixtures.reader()
        var seen: [String] = []
        for _ in 0..<5 {
            _ = reader.update(.character("t"))
            seen.append((reader.kindFilter?.rawValue ?? "all") + ":" + reader.positions.map(\.id).joined(separator: ","))
        }
        #expect(seen == ["direct:s1,s5", "partial:s2", "reported:s3", "stance:s4", "all:s1,s2,s3,s4,s5"])
    }

    @Test func kindFilterHidesSpeakersWithoutSuchStatements() {
        var reader = Fixtures.reader()
        _ = reader.update(.character("t"))
        #expect(reader.speakerRows.map(\.speaker.id) == ["ana-lima"])
    }
}
