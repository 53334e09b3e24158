import Testing
import BriefingKit
@testable import BriefingUI

/// Exact screens of the hand-built bridge article (colours off; styles are checked in ScreenStyleTests).
@Suite struct FixtureScreenTests {
    /// The screen after pressing `keys` on a fresh reader of the bridge article.
    private func screen(_ keys: [Key], columns: Int, rows: Int) -> Grid {
        var reader = Fixtures.reader(columns: columns, rows: rows)
        for key in keys { _ = reader.update(key) }
        return reader.view(columns: columns, rows: rows)
    }

    /// The first screen: article, speakers by number of statements, everyone's positions, status bar.
    @Test func firstScreen() {
        expectLines(screen([], columns: 80, rows: 16), [
            "┌ Article ─────────────────────────────────────┐┌ Speakers ────────────────────┐",
            "│ Mayor Ana Lima will ask the council on       ││ Ana Lima  Mayor            2 │",
            "│ Tuesday to approve a new footbridge over the ││ Tom Reed  Councillor       2 │",
            "│ river.                                       ││ Pedal Forward              1 │",
            "│                                              ││                              │",
            "│ “We cannot wait another decade for a safe    │└──────────────────────────────┘",
            "│ crossing,” Ms Lima said.                     │┌ Positions ───────────────────┐",
            "│                                              ││ “We cannot wai…”  Ana Lima   │",
            "│   ┊ The old bridge closed in March. Photo:   ││ ‹doubled in a …›  Tom Reed   │",
            "│   ┊ City Archive                             ││ ~ the council s…  Tom Reed   │",
            "│                                              ││ ≈ the bridge to…  Pedal For… │",
            "│ Councillor Tom Reed, who chairs the budget   ││ “It is the onl…”  Ana Lima   │",
            "│ committee, warned that the cost had “doubled ││                              │",
            "│ in a year”.                                  ││                              │",
            "└──────────────────────────────────────────────┘└──────────────────────────────┘",
            " bridge.txt  speaker: all  –/5  filter: —                                ? help",
        ])
    }

    /// A speaker selected with Enter: marked ▸, Positions shows only theirs, `]` selects the first.
    @Test func speakerSelected() {
        expectLines(screen([.character("2"), .character("j"), .enter, .character("]")], columns: 80, rows: 16), [
            "┌ Article ─────────────────────────────────────┐┌ Speakers ────────────────────┐",
            "│ Mayor Ana Lima will ask the council on       ││ Ana Lima  Mayor            2 │",
            "│ Tuesday to approve a new footbridge over the ││▸Tom Reed  Councillor       2 │",
            "│ river.                                       ││ Pedal Forward              1 │",
            "│                                              ││                              │",
            "│ “We cannot wait another decade for a safe    │└──────────────────────────────┘",
            "│ crossing,” Ms Lima said.                     │┌ Positions: Tom Reed ─────────┐",
            "│                                              ││ ‹doubled in a year›          │",
            "│   ┊ The old bridge closed in March. Photo:   ││ ~ the council should first … │",
            "│   ┊ City Archive                             ││                              │",
            "│                                              ││                              │",
            "│ Councillor Tom Reed, who chairs the budget   ││                              │",
            "│ committee, warned that the cost had “doubled ││                              │",
            "│ in a year”.                                  ││                              │",
            "└──────────────────────────────────────────────┘└──────────────────────────────┘",
            " bridge.txt  speaker: Tom Reed  1/2  filter: —                           ? help",
        ])
    }

    /// A filter being typed: panes narrowed, accents ignored, input line with counts.
    @Test func filterTyped() {
        expectLines(screen([.character("f"), .character("L"), .character("í"), .character("m")], columns: 80, rows: 16), [
            "┌ Article ─────────────────────────────────────┐┌ Speakers ────────────────────┐",
            "│ Mayor Ana Lima will ask the council on       ││ Ana Lima  Mayor            2 │",
            "│ Tuesday to approve a new footbridge over the ││                              │",
            "│ river.                                       ││                              │",
            "│                                              ││                              │",
            "│ “We cannot wait another decade for a safe    │└──────────────────────────────┘",
            "│ crossing,” Ms Lima said.                     │┌ Positions ───────────────────┐",
            "│                                              ││ “We cannot wait …”  Ana Lima │",
            "│   ┊ The old bridge closed in March. Photo:   ││ “It is the only …”  Ana Lima │",
            "│   ┊ City Archive                             ││                              │",
            "│                                              ││                              │",
            "│ Councillor Tom Reed, who chairs the budget   ││                              │",
            "│ committee, warned that the cost had “doubled ││                              │",
            "│ in a year”.                                  ││                              │",
            "└──────────────────────────────────────────────┘└──────────────────────────────┘",
            "filter: Lím                                             1 speaker, 2 statements",
        ])
    }

    /// The help overlay over the reader.
    @Test func helpOverlay() {
        expectLines(screen([.character("?")], columns: 80, rows: 16), [
            "┌ Article ─────────────────────────────────────┐┌ Speakers ────────────────────┐",
            "│ ┌ Keys (j k scroll, Esc closes) ───────────────────────────────────────────┐ │",
            "│ │ Reading                                                                  │ │",
            "│ │  q                 quit                                                  │ │",
            "│ │  ?                 this help                                             │ │",
            "│ │  Tab               next pane                                             │─┘",
            "│ │  Shift-Tab         previous pane                                         │─┐",
            "│ │  1                 Article pane                                          │ │",
            "│ │  2                 Speakers pane                                         │ │",
            "│ │  3                 Positions pane                                        │ │",
            "│ │  4                 Briefings pane (several files)                        │ │",
            "│ │  j ↓               down: next item, scroll article                       │ │",
            "│ │  k ↑               up: previous item, scroll article                     │ │",
            "│ │  g Home            top                                                   │ │",
            "└─└──────────────────────────────────────────────────────────────────────────┘─┘",
            " bridge.txt  speaker: all  –/5  filter: —                                ? help",
        ])
    }

    /// A search kept with Enter: the status bar shows it and the match count.
    @Test func searchKept() {
        expectLines(screen([.character("/"), .character("b"), .character("r"), .enter], columns: 80, rows: 16), [
            "┌ Article ─────────────────────────────────────┐┌ Speakers ────────────────────┐",
            "│ Mayor Ana Lima will ask the council on       ││ Ana Lima  Mayor            2 │",
            "│ Tuesday to approve a new footbridge over the ││ Tom Reed  Councillor       2 │",
            "│ river.                                       ││ Pedal Forward              1 │",
            "│                                              ││                              │",
            "│ “We cannot wait another decade for a safe    │└──────────────────────────────┘",
            "│ crossing,” Ms Lima said.                     │┌ Positions ───────────────────┐",
            "│                                              ││ “We cannot wai…”  Ana Lima   │",
            "│   ┊ The old bridge closed in March. Photo:   ││ ‹doubled in a …›  Tom Reed   │",
            "│   ┊ City Archive                             ││ ~ the council s…  Tom Reed   │",
            "│                                              ││ ≈ the bridge to…  Pedal For… │",
            "│ Councillor Tom Reed, who chairs the budget   ││ “It is the onl…”  Ana Lima   │",
            "│ committee, warned that the cost had “doubled ││                              │",
            "│ in a year”.                                  ││                              │",
            "└──────────────────────────────────────────────┘└──────────────────────────────┘",
            " bridge.txt  speaker: all  –/5  filter: —  /br 1/3                       ? help",
        ])
    }

    /// Below 80 columns one pane shows at a time, the others as tabs in its title.
    @Test func oneAtATime() {
        expectLines(screen([], columns: 70, rows: 20), [
            "┌ 1 Article ─ 2 Speakers ─ 3 Positions ──────────────────────────────┐",
            "│ Mayor Ana Lima will ask the council on Tuesday to approve a new    │",
            "│ footbridge over the river.                                         │",
            "│                                                                    │",
            "│ “We cannot wait another decade for a safe crossing,” Ms Lima said. │",
            "│                                                                    │",
            "│   ┊ The old bridge closed in March. Photo: City Archive            │",
            "│                                                                    │",
            "│ Councillor Tom Reed, who chairs the budget committee, warned that  │",
            "│ the cost had “doubled in a year”.                                  │",
            "│                                                                    │",
            "│ Costs                                                              │",
            "│                                                                    │",
            "│ Reed said the council should first publish the engineers' report.  │",
            "│                                                                    │",
            "│ The cyclists' group Pedal Forward wants the bridge to open by      │",
            "│ spring.                                                            │",
            "│                                                                    │",
            "└────────────────────────────────────────────────────────────────────┘",
            " bridge.txt  speaker: all  –/5  filter: —                      ? help",
        ])
    }

    /// The Positions pane on its own below 80 columns.
    @Test func oneAtATimePositions() {
        expectLines(screen([.character("3")], columns: 70, rows: 20), [
            "┌ 1 Article ─ 2 Speakers ─ 3 Positions ──────────────────────────────┐",
            "│ “We cannot wait another decade for a safe crossin…”  Ana Lima      │",
            "│ ‹doubled in a year›                                  Tom Reed      │",
            "│ ~ the council should first publish the engineers' …  Tom Reed      │",
            "│ ≈ the bridge to open by spring                       Pedal Forward │",
            "│ “It is the only route to the school,”                Ana Lima      │",
            "│                                                                    │",
            "│                                                                    │",
            "│                                                                    │",
            "│                                                                    │",
            "│                                                                    │",
            "│                                                                    │",
            "│                                                                    │",
            "│                                                                    │",
            "│                                                                    │",
            "│                                                                    │",
            "│                                                                    │",
            "│                                                                    │",
            "└────────────────────────────────────────────────────────────────────┘",
            " bridge.txt  speaker: all  –/5  filter: —                      ? help",
        ])
    }

    /// Below 20×6 only a notice.
    @Test func tooSmall() {
        expectLines(screen([], columns: 19, rows: 5), [
            "",
            "Terminal too small",
            "  19×5, need 20×6",
            "      q quits",
            "",
        ])
    }
}
