import Testing
import BriefingKit
@testable import BriefingUI

/// Screens of articles analysed by the real extractor, checked by structure so they hold as extraction improves.
@Suite struct ExtractedScreenTests {
    /// Checks the frame of the side-by-side screen: titles, borders, status bar.
    private func expectSideBySideFrame(_ grid: Grid, file: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let lines = grid.lines
        #expect(lines[0].hasPrefix("┌ Article "), sourceLocation: sourceLocation)
        #expect(lines[0].contains("┐┌ Speakers "), sourceLocation: sourceLocation)
        #expect(lines.contains { $0.contains("│┌ Positions") }, sourceLocation: sourceLocation)
        #expect(lines[grid.rows - 2].hasPrefix("└") && lines[grid.rows - 2].hasSuffix("┘"), sourceLocation: sourceLocation)
        let status = lines[grid.rows - 1]
        #expect(status.contains(file) && status.contains("filter: —") && status.hasSuffix("? help "), sourceLocation: sourceLocation)
        for line in lines { #expect(DisplayWidth.of(line) == grid.columns, sourceLocation: sourceLocation) }
    }

    /// The rows of the Speakers pane's content, as text.
    private func speakersPane(_ grid: Grid) -> [String] {
        let lines = grid.lines
        guard let column = lines[0].range(of: "┐┌ Speakers").map({ DisplayWidth.of(lines[0][..<$0.lowerBound]) + 2 }) else { return [] }
        let bottom = lines.firstIndex { $0.dropFirst(column - 1).hasPrefix("└") } ?? 0
        return (1..<max(1, bottom)).map { row in String((column..<grid.columns - 1).map { grid[row, $0].text }.joined()) }
    }

    /// Checks that the Speakers pane shows the start of every listed speaker's name.
    private func expectSpeakersListed(_ grid: Grid, _ article: Article, sourceLocation: SourceLocation = #_sourceLocation) {
        let pane = speakersPane(grid).joined(separator: "\n")
        for speaker in article.speakers.prefix(speakersPane(grid).count) {
            #expect(pane.contains(String(speaker.name.prefix(8))), "\(speaker.name) is not listed", sourceLocation: sourceLocation)
        }
        if article.speakers.isEmpty { #expect(pane.contains("No speakers"), sourceLocation: sourceLocation) }
    }

    @Test func syntheticArticleShowsWhatTheExtractorFinds() {
        let article = SyntheticArticles.councilArticle
        let grid = ReaderModel(briefing: Briefing(articles: [article]), colorsEnabled: false, columns: 100, rows: 24).view(columns: 100, rows: 24)
        expectSideBySideFrame(grid, file: "council.txt")
        expectSpeakersListed(grid, article)
        #expect(grid.lines[1].contains("Mayor Ana Lima will ask the council"))
    }

    @Test(.enabled(if: Seed.article != nil)) func seedFirstScreen() throws {
        let article = try #require(Seed.article)
        let grid = ReaderModel(briefing: Briefing(articles: [article]), columns: 120, rows: 40).view(columns: 120, rows: 40)
        expectSideBySideFrame(grid, file: "sky-sunak-macron-channel-crossings.txt")
        expectSpeakersListed(grid, article)
        let firstWords = article.blocks.first.map { String(Truncation.singleLine($0.text).prefix(20)) } ?? ""
        #expect(grid.lines[1].contains(firstWords))
    }

    @Test(.enabled(if: Seed.article != nil)) func seedSpeakerSelected() throws {
        let article = try #require(Seed.article)
        var reader = ReaderModel(briefing: Briefing(articles: [article]), columns: 120, rows: 40)
        _ = reader.update(.character("2"))
        _ = reader.update(.enter)
        _ = reader.update(.character("]"))
        let grid = reader.view(columns: 120, rows: 40)
        expectSideBySideFrame(grid, file: "sky-sunak-macron-channel-crossings.txt")
        if let speaker = reader.speakerRows.first?.speaker {
            #expect(grid.lines.contains { $0.contains("┌ Positions: " + speaker.name.prefix(10)) })
            #expect(grid.lines[39].contains("speaker: " + speaker.name.prefix(10)))
            if speaker.statementCount > 0 { #expect(grid.lines[39].contains("1/")) }
        }
    }

    @Test(.enabled(if: Seed.article != nil)) func seedFilterTyped() throws {
        let article = try #require(Seed.article)
        var reader = ReaderModel(briefing: Briefing(articles: [article]), columns: 120, rows: 40)
        for key in [Key.character("f")] + "MACRÓN".map(Key.character) { _ = reader.update(key) }
        let grid = reader.view(columns: 120, rows: 40)
        #expect(grid.lines[39].hasPrefix("filter: MACRÓN"))
        let listed = speakersPane(grid).joined(separator: "\n")
        for speaker in article.speakers where !reader.speakerRows.contains(where: { $0.speaker.id == speaker.id }) {
            #expect(!listed.contains(speaker.name), "\(speaker.name) should be filtered out")
        }
        for statement in reader.positions {
            let speaker = article.speaker(id: statement.speakerID)
            let haystack = ([String(statement.text)] + (speaker.map { [$0.name] + $0.roles + $0.aliases } ?? [])).map(TextFolding.fold)
            #expect(haystack.contains { $0.contains("macron") })
        }
    }

    @Test(.enabled(if: Seed.article != nil)) func seedHelpOverlay() throws {
        let article = try #require(Seed.article)
        var reader = ReaderModel(briefing: Briefing(articles: [article]), columns: 120, rows: 40)
        _ = reader.update(.character("?"))
        let lines = reader.view(columns: 120, rows: 40).lines
        #expect(lines.contains { $0.contains("┌ Keys ") })
        for summary in Keymaps.reader.bindings.map(\.summary) { #expect(lines.contains { $0.contains(summary) }, "\(summary)") }
    }

    @Test(.enabled(if: Seed.article != nil)) func seedAt70x20AndTooSmall() throws {
        let article = try #require(Seed.article)
        var reader = ReaderModel(briefing: Briefing(articles: [article]), columns: 70, rows: 20)
        var lines = reader.view(columns: 70, rows: 20).lines
        #expect(lines[0].hasPrefix("┌ 1 Article ─ 2 Speakers ─ 3 Positions ─"))
        #expect(lines[19].contains("? help"))
        for line in lines { #expect(DisplayWidth.of(line) == 70) }
        _ = reader.update(.resize(columns: 15, rows: 4))
        lines = reader.view(columns: 15, rows: 4).lines
        #expect(lines.contains { $0.contains("Terminal too") })
    }
}
