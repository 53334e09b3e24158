import Testing
import BriefingKit
@testable import BriefingUI

/// Any size, any text: the screen is always the requested size, cells fit, nothing unsafe gets through.
@Suite struct RobustnessTests {
    /// Checks that a grid has the size asked for, that every line is exactly as wide, and that no cell holds a control.
    private func expectSound(_ grid: Grid, columns: Int, rows: Int, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(grid.columns == max(0, columns) && grid.rows == max(0, rows), sourceLocation: sourceLocation)
        for (row, line) in grid.lines.enumerated() {
            #expect(DisplayWidth.of(line) == grid.columns, "row \(row) is \(DisplayWidth.of(line)) cells", sourceLocation: sourceLocation)
        }
        let scalars = grid.cells.flatMap { $0.text.unicodeScalars }
        #expect(!scalars.contains(where: TerminalSafety.isUnsafe), sourceLocation: sourceLocation)
    }

    /// An article with controls, bidi overrides, CJK and emoji in its text, speaker name and file name.
    static let hostile: Article = {
        var builder = ArticleBuilder()
        builder.source = "evil\u{1B}]0;title\u{7}name\u{202E}.txt"
        builder.block(.heading, "中文标题 👍🏽 with \u{1B}[2J a clear-screen")
        builder.block(.paragraph, "李明说：“桥梁必须在春天之前建成。” He added \u{9B}31m and 🇫🇷 flags, e\u{301}\u{301} marks and \u{200B}zero width.")
        builder.block(.caption, "Ｆｕｌｌｗｉｄｔｈ caption ❤️ 1️⃣ \u{2066}isolated\u{2069}")
        builder.speaker("li-ming", "李明 \u{1B}[31mRed", roles: ["市长\u{202E}"])
        builder.statement("s1", by: "li-ming", .direct, "桥梁必须在春天之前建成。")
        return builder.build()
    }()

    @Test func everySmallSizeDrawsWithoutCrashing() {
        for briefing in [Fixtures.bridgeBriefing, Briefing(articles: [Self.hostile]), Briefing(articles: []),
                         Briefing(articles: [Fixtures.bridge, Self.hostile])] {
            for columns in 0...26 {
                for rows in 0...9 {
                    var reader = Fixtures.reader(briefing, columns: columns, rows: rows)
                    expectSound(reader.view(columns: columns, rows: rows), columns: columns, rows: rows)
                    for key in [Key.character("?"), .escape, .character("f"), .character("x"), .enter, .character("3"), .character("]")] {
                        _ = reader.update(key)
                    }
                    expectSound(reader.view(columns: columns, rows: rows), columns: columns, rows: rows)
                }
            }
        }
    }

    @Test func hugeAndNegativeSizes() {
        var reader = Fixtures.reader(Briefing(articles: [Self.hostile]))
        _ = reader.update(.resize(columns: 1000, rows: 300))
        expectSound(reader.view(columns: 1000, rows: 300), columns: 1000, rows: 300)
        _ = reader.update(.resize(columns: -5, rows: -1))
        expectSound(reader.view(columns: -5, rows: -1), columns: 0, rows: 0)
    }

    @Test func hostileTextNeverReachesTheTerminalAtManyWidths() {
        for columns in stride(from: 20, through: 130, by: 7) {
            var reader = Fixtures.reader(Briefing(articles: [Self.hostile, Fixtures.bridge]), columns: columns, rows: 12)
            for key in [Key.character("]"), .tab, .tab, .character("3"), .character("/"), .character("\u{1B}")] {
                _ = reader.update(key)
                expectSound(reader.view(columns: columns, rows: 12), columns: columns, rows: 12)
            }
        }
    }

    @Test func everyKeyInEveryStateKeepsTheModelSound() {
        var reader = Fixtures.reader(Briefing(articles: [Fixtures.bridge, LongArticle.article]), columns: 90, rows: 14)
        let keys = Keymaps.reader.bindings.flatMap(\.keys).filter { $0 != .character("q") }
            + Keymaps.input.bindings.flatMap(\.keys) + [.character("a"), .resize(columns: 50, rows: 9), .resize(columns: 90, rows: 14)]
        for round in 0..<3 {
            for (index, key) in keys.enumerated() where (index + round) % 2 == 0 || round == 2 {
                #expect(!reader.update(key).contains(.quit))
                expectSound(reader.view(columns: 90, rows: 14), columns: 90, rows: 14)
            }
        }
    }
}
