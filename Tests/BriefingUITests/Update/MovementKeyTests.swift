import Testing
import BriefingKit
@testable import BriefingUI

@Suite struct MovementKeyTests {
    /// The long article at 80×12: the article pane shows 9 lines.
    private func longReader() -> ReaderModel {
        Fixtures.reader(Briefing(articles: [LongArticle.article]), columns: 80, rows: 12)
    }

    @Test func jkAndArrowsScrollTheArticle() {
        var reader = longReader()
        _ = reader.update(.character("j"))
        _ = reader.update(.down)
        #expect(reader.scroll(of: .article) == 2)
        _ = reader.update(.character("k"))
        #expect(reader.scroll(of: .article) == 1)
        _ = reader.update(.up)
        _ = reader.update(.up)
        #expect(reader.scroll(of: .article) == 0)
    }

    @Test func gGHomeEndGoToTopAndBottom() {
        var reader = longReader()
        let bottom = reader.currentArticleLayout!.maxScroll(height: reader.contentHeight(of: .article))
        #expect(bottom > 0)
        _ = reader.update(.character("G"))
        #expect(reader.scroll(of: .article) == bottom)
        _ = reader.update(.character("g"))
        #expect(reader.scroll(of: .article) == 0)
        _ = reader.update(.end)
        #expect(reader.scroll(of: .article) == bottom)
        _ = reader.update(.home)
        #expect(reader.scroll(of: .article) == 0)
        _ = reader.update(.character("j"))
        _ = reader.update(.character("G"))
        _ = reader.update(.character("j"))
        #expect(reader.scroll(of: .article) == bottom, "never scrolls past the end")
    }

    @Test func pagingKeysMoveByPagesAndHalfPages() {
        var reader = longReader()
        let page = reader.contentHeight(of: .article)
        #expect(page == 9)
        _ = reader.update(.character(" "))
        #expect(reader.scroll(of: .article) == page)
        _ = reader.update(.pageDown)
        #expect(reader.scroll(of: .article) == 2 * page)
        _ = reader.update(.character("b"))
        #expect(reader.scroll(of: .article) == page)
        _ = reader.update(.pageUp)
        #expect(reader.scroll(of: .article) == 0)
        _ = reader.update(.control("d"))
        #expect(reader.scroll(of: .article) == page / 2)
        _ = reader.update(.control("u"))
        #expect(reader.scroll(of: .article) == 0)
    }

    @Test func jkMoveTheSpeakerCursor() {
        var reader = Fixtures.reader()
        _ = reader.update(.character("2"))
        #expect(reader.speakerCursorIndex(in: reader.speakerRows) == 0)
        _ = reader.update(.character("j"))
        _ = reader.update(.down)
        #expect(reader.speakerCursorID == "pedal-forward")
        _ = reader.update(.down)
        #expect(reader.speakerCursorID == "pedal-forward", "stops at the last speaker")
        _ = reader.update(.character("g"))
        #expect(reader.speakerCursorID == "ana-lima")
        _ = reader.update(.end)
        #expect(reader.speakerCursorID == "pedal-forward")
        _ = reader.update(.character("k"))
        #expect(reader.speakerCursorID == "tom-reed")
    }

    @Test func jkSelectStatementsInThePositionsPane() {
        var reader = Fixtures.reader()
        _ = reader.update(.character("3"))
        #expect(reader.selectedStatementID == nil)
        _ = reader.update(.character("j"))
        #expect(reader.selectedStatementID == "s1")
        _ = reader.update(.character("j"))
        #expect(reader.selectedStatementID == "s2")
        _ = reader.update(.character("G"))
        #expect(reader.selectedStatementID == "s5")
        _ = reader.update(.up)
        #expect(reader.selectedStatementID == "s4")
    }

    @Test func listsScrollToKeepTheCursorInView() {
        var reader = Fixtures.reader(Briefing(articles: [LongArticle.article]), columns: 80, rows: 8)
        _ = reader.update(.character("3"))
        let height = reader.contentHeight(of: .positions)
        #expect(height < reader.positions.count)
        _ = reader.update(.character("G"))
        #expect(reader.scroll(of: .positions) == reader.positions.count - height)
    }
}
