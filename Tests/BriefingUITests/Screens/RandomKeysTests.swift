import Testing
import BriefingKit
@testable import BriefingUI

/// Long runs of pseudo-random keys and sizes: the model never crashes and every screen stays sound.
@Suite struct RandomKeysTests {
    /// A small deterministic generator, so a failure can be replayed.
    private struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
    }

    @Test(arguments: [1, 2, 3] as [UInt64])
    func randomKeysNeverBreakTheScreen(seed: UInt64) {
        var random = Generator(state: seed)
        let keys = Keymaps.reader.bindings.flatMap(\.keys).filter { $0 != .character("q") }
            + Keymaps.input.bindings.flatMap(\.keys) + Keymaps.help.bindings.flatMap(\.keys)
            + [Key.character("x"), .character("é"), .character("中"), .character("\u{1B}"), .function(1), .delete, .left]
        var columns = 100
        var rows = 30
        var reader = Fixtures.reader(Briefing(articles: [Fixtures.bridge, LongArticle.article, RobustnessTests.hostile]),
                                     columns: columns, rows: rows)
        for _ in 0..<300 {
            if random.next(25) == 0 {
                columns = random.next(140)
                rows = random.next(45)
                _ = reader.update(.resize(columns: columns, rows: rows))
            } else {
                _ = reader.update(keys[random.next(keys.count)])
            }
            let grid = reader.view(columns: columns, rows: rows)
            #expect(grid.columns == columns && grid.rows == rows)
            #expect(grid.lines.allSatisfy { DisplayWidth.of($0) == columns })
            #expect(!grid.cells.contains { $0.text.unicodeScalars.contains(where: TerminalSafety.isUnsafe) })
        }
    }
}
