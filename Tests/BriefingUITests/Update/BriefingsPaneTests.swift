import Testing
import BriefingKit
@testable import BriefingUI

@Suite struct BriefingsPaneTests {
    private func reader() -> ReaderModel {
        Fixtures.reader(Briefing(articles: [Fixtures.bridge, LongArticle.article, RobustnessTests.hostile]), columns: 100, rows: 16)
    }

    private func type(_ text: String, into reader: inout ReaderModel) {
        for character in text { _ = reader.update(.character(character)) }
    }

    @Test func filterNarrowsTheBriefingsToMatchingNamesAndSpeakers() {
        var reader = reader()
        _ = reader.update(.character("f"))
        type("kim", into: &reader)
        #expect(reader.briefingRows == [0, 1], "the open article stays, the other has Kim Ode")
        _ = reader.update(.control("u"))
        type("RÉD", into: &reader)
        #expect(reader.briefingRows == [0, 2])
        _ = reader.update(.escape)
        #expect(reader.briefingRows == [0, 1, 2])
    }

    @Test func cursorMovesOverTheListedBriefingsOnly() {
        var reader = reader()
        _ = reader.update(.character("f"))
        type("kim", into: &reader)
        _ = reader.update(.enter)
        _ = reader.update(.character("4"))
        _ = reader.update(.character("G"))
        #expect(reader.briefingCursor == 1)
        _ = reader.update(.enter)
        #expect(reader.articleIndex == 1)
        #expect(reader.speakerRows.map(\.speaker.id) == ["kim-ode"])
    }

    @Test func briefingsPaneScreen() {
        var reader = reader()
        _ = reader.update(.character("4"))
        _ = reader.update(.character("j"))
        expectLines(reader.view(columns: 100, rows: 16), [
            "┌ Briefings ───────┐┌ Article: Mayor Ana Lima will ask the counc… ─┐┌ Speakers ────────────────────┐",
            "│ All briefings  6 ││ Mayor Ana Lima will ask the council on       ││ Ana Lima  Mayor            2 │",
            "│▸Mayor Ana Lim… 3 ││ Tuesday to approve a new footbridge over the ││ Tom Reed  Councillor       2 │",
            "│ Paragraph 0 d… 2 ││ river.                                       ││ Pedal Forward              1 │",
            "│ 中文标题 👍🏽 w… 1 ││                                              ││                              │",
            "│                  ││ “We cannot wait another decade for a safe    │└──────────────────────────────┘",
            "│                  ││ crossing,” Ms Lima said.                     │┌ Positions ───────────────────┐",
            "│                  ││                                              ││ “We cannot wai…”  Ana Lima   │",
            "│                  ││   ┊ The old bridge closed in March. Photo:   ││ ‹doubled in a …›  Tom Reed   │",
            "│                  ││   ┊ City Archive                             ││ ~ the council s…  Tom Reed   │",
            "│                  ││                                              ││ ≈ the bridge to…  Pedal For… │",
            "│                  ││ Councillor Tom Reed, who chairs the budget   ││ “It is the onl…”  Ana Lima   │",
            "│                  ││ committee, warned that the cost had “doubled ││                              │",
            "│                  ││ in a year”.                                  ││                              │",
            "└──────────────────┘└──────────────────────────────────────────────┘└──────────────────────────────┘",
            " bridge.txt  speaker: all  –/5  filter: —                                                    ? help",
        ])
    }
}
