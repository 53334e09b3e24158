import Testing
import BriefingKit
@testable import BriefingUI

@Suite struct InputKeyTests {
    private func type(_ text: String, into reader: inout ReaderModel) {
        for character in text { _ = reader.update(.character(character)) }
    }

    @Test func filterNarrowsWithEveryKeyAndEnterKeepsIt() {
        var reader = Fixtures.reader()
        _ = reader.update(.character("f"))
        #expect(reader.input?.purpose == .filter)
        type("reed", into: &reader)
        #expect(reader.speakerRows.map(\.speaker.id) == ["tom-reed"])
        #expect(reader.positions.map(\.id) == ["s2", "s3"])
        _ = reader.update(.backspace)
        _ = reader.update(.backspace)
        #expect(reader.filterQuery == "re")
        type("ed", into: &reader)
        _ = reader.update(.enter)
        #expect(reader.input == nil)
        #expect(reader.filterQuery == "reed")
        #expect(reader.speakerRows.count == 1)
    }

    @Test func filterIsCaseAndAccentInsensitiveAndSearchesRolesAndText() {
        var reader = Fixtures.reader()
        _ = reader.update(.character("f"))
        type("MÁYOR", into: &reader)
        #expect(reader.speakerRows.map(\.speaker.id) == ["ana-lima"])
        _ = reader.update(.control("u"))
        type("spring", into: &reader)
        #expect(reader.speakerRows.map(\.speaker.id) == ["pedal-forward"])
        #expect(reader.positions.map(\.id) == ["s4"])
    }

    @Test func escapeWhileTypingClearsTheFilter() {
        var reader = Fixtures.reader()
        _ = reader.update(.character("f"))
        type("lima", into: &reader)
        _ = reader.update(.escape)
        #expect(reader.input == nil)
        #expect(reader.filterQuery.isEmpty)
        #expect(reader.speakerRows.count == 3)
    }

    @Test func fReopensTheKeptFilterForEditing() {
        var reader = Fixtures.reader()
        _ = reader.update(.character("f"))
        type("lima", into: &reader)
        _ = reader.update(.enter)
        _ = reader.update(.character("f"))
        #expect(reader.input?.line.text == "lima")
    }

    @Test func typedLettersAreTextNotCommands() {
        var reader = Fixtures.reader()
        _ = reader.update(.character("f"))
        #expect(reader.update(.character("q")).isEmpty)
        type("?jt", into: &reader)
        #expect(reader.filterQuery == "q?jt")
        #expect(reader.helpScroll == nil)
        #expect(reader.kindFilter == nil)
    }

    @Test func slashSearchesAndNnMoveBetweenMatches() {
        var reader = Fixtures.reader(Briefing(articles: [LongArticle.article]), columns: 80, rows: 12)
        _ = reader.update(.character("/"))
        #expect(reader.input?.purpose == .search)
        type("QUOTE", into: &reader)
        #expect(reader.searchMatches.count == 3)
        #expect(reader.searchMatchIndex == 0)
        _ = reader.update(.enter)
        #expect(reader.input == nil)
        _ = reader.update(.character("n"))
        #expect(reader.searchMatchIndex == 1)
        let lines = reader.currentArticleLayout!.lines(covering: reader.searchMatches[1])!
        #expect(lines.lowerBound >= reader.scroll(of: .article))
        _ = reader.update(.character("n"))
        _ = reader.update(.character("n"))
        #expect(reader.searchMatchIndex == 0, "n wraps around")
        _ = reader.update(.character("N"))
        #expect(reader.searchMatchIndex == 2, "N wraps around")
    }

    @Test func escapeWhileSearchingGoesBackToWhereTheSearchStarted() {
        var reader = Fixtures.reader(Briefing(articles: [LongArticle.article]), columns: 80, rows: 12)
        _ = reader.update(.character("j"))
        _ = reader.update(.character("/"))
        type("paragraph 17", into: &reader)
        #expect(reader.scroll(of: .article) > 1)
        _ = reader.update(.escape)
        #expect(reader.scroll(of: .article) == 1)
        #expect(reader.searchQuery.isEmpty)
    }

    @Test func escapeClearsFilterThenSearchThenSpeakerThenStatement() {
        var reader = Fixtures.reader()
        _ = reader.update(.character("2"))
        _ = reader.update(.enter)
        _ = reader.update(.character("]"))
        _ = reader.update(.character("/"))
        type("bridge", into: &reader)
        _ = reader.update(.enter)
        _ = reader.update(.character("f"))
        type("a", into: &reader)
        _ = reader.update(.enter)
        #expect(!reader.filterQuery.isEmpty && !reader.searchQuery.isEmpty && reader.selectedSpeakerID != nil && reader.selectedStatementID != nil)
        _ = reader.update(.escape)
        #expect(reader.filterQuery.isEmpty && !reader.searchQuery.isEmpty)
        _ = reader.update(.escape)
        #expect(reader.searchQuery.isEmpty && reader.selectedSpeakerID != nil)
        _ = reader.update(.escape)
        #expect(reader.selectedSpeakerID == nil && reader.selectedStatementID != nil)
        _ = reader.update(.escape)
        #expect(reader.selectedStatementID == nil)
    }

    @Test func inputLineEditingKeys() {
        var line = InputLine("one two three")
        line.apply(.deleteWordBackward)
        #expect(line.text == "one two ")
        line.apply(.moveToStart)
        line.apply(.deleteForward)
        #expect(line.text == "ne two ")
        line.apply(.moveRight)
        line.apply(.deleteToEnd)
        #expect(line.text == "n")
        line.insert("é")
        line.apply(.moveLeft)
        line.apply(.deleteBackward)
        #expect(line.text == "é")
        line.apply(.moveToEnd)
        line.apply(.deleteToStart)
        #expect(line.text.isEmpty && line.cursor == 0)
    }

    @Test func resizeKeepsTheSameTextAtTheTop() {
        var reader = Fixtures.reader(Briefing(articles: [LongArticle.article]), columns: 120, rows: 20)
        for _ in 0..<9 { _ = reader.update(.character("j")) }
        let anchor = reader.offsetAtTopOfArticle
        _ = reader.update(.resize(columns: 90, rows: 20))
        let layout = reader.currentArticleLayout!
        #expect(layout.line(atOffset: anchor) == reader.scroll(of: .article))
    }
}
