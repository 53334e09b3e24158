import Testing
import BriefingKit
@testable import BriefingUI

@Suite struct PaneKeyTests {
    @Test func qQuits() {
        var reader = Fixtures.reader()
        #expect(reader.update(.character("q")) == [.quit])
    }

    @Test func otherKeysHaveNoEffectForTheBackend() {
        var reader = Fixtures.reader()
        for key in [Key.character("x"), .function(5), .left, .character("j"), .resize(columns: 90, rows: 30)] {
            #expect(reader.update(key).isEmpty)
        }
    }

    @Test func tabAndShiftTabCycleThePanes() {
        var reader = Fixtures.reader()
        #expect(reader.focus == .article)
        _ = reader.update(.tab)
        #expect(reader.focus == .speakers)
        _ = reader.update(.tab)
        #expect(reader.focus == .positions)
        _ = reader.update(.tab)
        #expect(reader.focus == .article)
        _ = reader.update(.backTab)
        #expect(reader.focus == .positions)
    }

    @Test func numberKeysJumpToPanes() {
        var reader = Fixtures.reader()
        _ = reader.update(.character("3"))
        #expect(reader.focus == .positions)
        _ = reader.update(.character("2"))
        #expect(reader.focus == .speakers)
        _ = reader.update(.character("1"))
        #expect(reader.focus == .article)
        _ = reader.update(.character("4"))
        #expect(reader.focus == .article, "no Briefings pane with one article")
    }

    @Test func briefingsPaneJoinsWithSeveralArticles() {
        var reader = Fixtures.reader(Briefing(articles: [Fixtures.bridge, LongArticle.article]))
        #expect(reader.panes == [.briefings, .article, .speakers, .positions])
        _ = reader.update(.character("4"))
        #expect(reader.focus == .briefings)
        _ = reader.update(.tab)
        #expect(reader.focus == .article)
        _ = reader.update(.character("4"))
        _ = reader.update(.character("j"))
        #expect(reader.briefingCursor == 1)
        #expect(reader.articleIndex == 0)
        _ = reader.update(.enter)
        #expect(reader.articleIndex == 1)
        #expect(reader.article?.source == "fixtures/long.txt")
    }

    @Test func questionMarkOpensHelpAndItsKeysCloseIt() {
        for closing in [Key.escape, .character("?"), .character("q")] {
            var reader = Fixtures.reader()
            _ = reader.update(.character("?"))
            #expect(reader.helpScroll == 0)
            #expect(reader.update(closing).isEmpty)
            #expect(reader.helpScroll == nil)
        }
    }

    @Test func helpScrollsWithinItsText() {
        var reader = Fixtures.reader(columns: 80, rows: 12)
        _ = reader.update(.character("?"))
        _ = reader.update(.character("j"))
        #expect(reader.helpScroll == 1)
        _ = reader.update(.character("G"))
        let bottom = reader.helpScroll ?? 0
        #expect(bottom == HelpOverlay.lineCount(columns: 80, rows: 12) - HelpOverlay.contentHeight(columns: 80, rows: 12))
        _ = reader.update(.character("j"))
        #expect(reader.helpScroll == bottom)
        _ = reader.update(.character("g"))
        #expect(reader.helpScroll == 0)
        _ = reader.update(.character("1"))
        #expect(reader.focus == .article, "reading keys do nothing while the help is open")
    }
}
