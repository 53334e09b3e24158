import Testing
import BriefingKit
@testable import BriefingUI

/// The styles of the screen: focus, speaker colours, selection, matches, set-apart blocks, NO_COLOR.
@Suite struct ScreenStyleTests {
    /// The first cell whose text starts `word` on a row containing it.
    private func cell(of word: String, in grid: Grid) -> Cell? {
        for (row, line) in grid.lines.enumerated() {
            guard let range = line.range(of: word) else { continue }
            let column = DisplayWidth.of(line[..<range.lowerBound])
            return grid[row, column]
        }
        return nil
    }

    @Test func statementsTakeTheirSpeakersColour() {
        let reader = ReaderModel(briefing: Fixtures.bridgeBriefing, colorsEnabled: true, columns: 80, rows: 16)
        let grid = reader.view(columns: 80, rows: 16)
        #expect(cell(of: "We cannot", in: grid)?.style.foreground == SpeakerPalette.color(forSpeakerAt: 0))
        #expect(cell(of: "in a year”.", in: grid)?.style.foreground == SpeakerPalette.color(forSpeakerAt: 1))
        #expect(cell(of: "Mayor Ana", in: grid)?.style == .plain)
    }

    @Test func noColorKeepsAttributesButDropsColours() {
        var reader = ReaderModel(briefing: Fixtures.bridgeBriefing, colorsEnabled: false, columns: 80, rows: 16)
        _ = reader.update(.character("]"))
        _ = reader.update(.character("/"))
        _ = reader.update(.character("x"))
        let grid = reader.view(columns: 80, rows: 16)
        #expect(grid.cells.allSatisfy { $0.style.foreground == nil && $0.style.background == nil })
        #expect(cell(of: "We cannot", in: grid)?.style.reverse == true)
        #expect(cell(of: "The old bridge", in: grid)?.style.dim == true)
        #expect(grid[0, 0].style.bold, "the focused frame stands out")
    }

    @Test func selectedStatementIsReversedInTheArticle() {
        var reader = Fixtures.reader(columns: 80, rows: 16)
        _ = reader.update(.character("]"))
        _ = reader.update(.character("]"))
        let grid = reader.view(columns: 80, rows: 16)
        #expect(cell(of: "in a year”.", in: grid)?.style.reverse == true)
        #expect(cell(of: "We cannot", in: grid)?.style.reverse == false)
    }

    @Test func searchMatchesAreMarked() {
        var reader = ReaderModel(briefing: Fixtures.bridgeBriefing, colorsEnabled: true, columns: 80, rows: 16)
        for key in [Key.character("/"), .character("r"), .character("i"), .character("v")] { _ = reader.update(key) }
        let grid = reader.view(columns: 80, rows: 16)
        let match = cell(of: "river", in: grid)
        #expect(match?.style.underline == true)
        #expect(match?.style.background == .yellow)
        #expect(grid.cursor == GridPoint(row: 15, column: 4), "the terminal cursor sits after the typed text")
    }

    @Test func setApartBlocksAreDimmedBehindAMarker() {
        let grid = Fixtures.reader(columns: 80, rows: 40).view(columns: 80, rows: 40)
        for text in ["The old bridge", "Click here", "Read more"] {
            let line = grid.lines.first { $0.contains(text) }
            #expect(line?.contains("┊ " + text) == true)
            #expect(cell(of: text, in: grid)?.style.dim == true)
        }
        #expect(cell(of: "Costs", in: grid)?.style.bold == true)
    }

    @Test func onlyTheFocusedFrameIsHighlighted() {
        var reader = Fixtures.reader(columns: 80, rows: 16)
        _ = reader.update(.character("2"))
        let grid = reader.view(columns: 80, rows: 16)
        #expect(!grid[0, 0].style.bold)
        #expect(grid[0, 48].text == "┌" && grid[0, 48].style.bold)
        #expect(cell(of: "Ana Lima  Mayor", in: grid)?.style.reverse == true, "the cursor row of the focused list is reversed")
    }

    @Test func decodingNoticeOpensTheArticle() {
        var article = Fixtures.bridge
        article.decodingNotice = "decoded as Windows-1252"
        let grid = Fixtures.reader(Briefing(articles: [article]), columns: 80, rows: 16).view(columns: 80, rows: 16)
        #expect(grid.lines[1].hasPrefix("│ ⚠ decoded as Windows-1252"))
        #expect(grid.lines[3].hasPrefix("│ Mayor Ana Lima"))
        #expect(cell(of: "decoded", in: grid)?.style.bold == true)
    }
}
