import Testing
import BriefingKit
@testable import BriefingUI

/// Long runs of pseudo-random keys and sizes: the model never crashes and every screen stays sound.
@Suite struct RandomKeysTests {
    @Test(arguments: [1, 2, 3] as [UInt64])
    func randomKeysNeverBreakTheScreen(seed: UInt64) {
        var random = SeededRandom(seed: seed)
        let keys = Keymaps.reader.bindings.flatMap(\.keys).filter { $0 != .character("q") }
            + Keymaps.input.bindings.flatMap(\.keys) + Keymaps.help.bindings.flatMap(\.keys)
            + [Key.character("x"), .character("é"), .character("中"), .character("\u{1B}"), .function(1), .delete, .left]
        var columns = 100
        var rows = 30
        var reader = Fixtures.reader(Briefing(articles: [Fixtures.bridge, LongArticle.article, RobustnessTests.hostile]),
                                     columns: columns, rows: rows)
        for _ in 0..<300 {
            if random.number(0...24) == 0 {
                columns = random.number(0...139)
                rows = random.number(0...44)
                _ = reader.update(.resize(columns: columns, rows: rows))
            } else {
                _ = reader.update(random.pick(keys))
            }
            let grid = reader.view(columns: columns, rows: rows)
            #expect(grid.columns == columns && grid.rows == rows)
            #expect(grid.lines.allSatisfy { DisplayWidth.of($0) == columns })
            #expect(!grid.cells.contains { $0.text.unicodeScalars.contains(where: TerminalSafety.isUnsafe) })
        }
    }
}
