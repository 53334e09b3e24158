import Testing
@testable import BriefingUI

@Suite struct GridDrawingTests {
    @Test func clipsToTheGivenWidth() {
        var grid = Grid(columns: 10, rows: 1)
        let used = grid.write("abcdefgh", row: 0, column: 2, width: 4)
        #expect(used == 4)
        #expect(grid.lines == ["  abcd    "])
    }

    @Test func neverWritesPastTheGrid() {
        var grid = Grid(columns: 5, rows: 2)
        grid.write("abcdefgh", row: 1, column: 3, width: 100)
        grid.write("x", row: 2, column: 0, width: 5)
        grid.write("y", row: -1, column: 0, width: 5)
        grid.write("z", row: 0, column: -1, width: 5)
        #expect(grid.lines == ["     ", "   ab"])
    }

    @Test func wideCharactersTakeTwoCellsAndAreNeverSplit() {
        var grid = Grid(columns: 5, rows: 1)
        let used = grid.write("中文字", row: 0, column: 0, width: 5)
        #expect(used == 4)
        #expect(grid[0, 0].text == "中")
        #expect(grid[0, 1].isContinuation)
        #expect(grid[0, 4].text == " ")
        #expect(grid.lines == ["中文 "])
    }

    @Test func overwritingHalfOfAWideCharacterBlanksTheOtherHalf() {
        var grid = Grid(columns: 4, rows: 1)
        grid.write("中文", row: 0, column: 0, width: 4)
        grid.write("x", row: 0, column: 1, width: 1)
        grid.write("y", row: 0, column: 2, width: 1)
        #expect(grid.lines == [" xy "])
        #expect(!grid[0, 3].isContinuation)
    }

    @Test func controlCharactersNeverReachTheGrid() {
        var grid = Grid(columns: 12, rows: 1)
        grid.write("a\u{1B}[2J\u{9B}\u{202E}\u{7F}b", row: 0, column: 0, width: 12)
        #expect(grid.lines == ["a␛[2J\u{FFFD}\u{FFFD}␡b   "])
        let scalars = grid.cells.flatMap { $0.text.unicodeScalars }
        #expect(!scalars.contains(where: TerminalSafety.isUnsafe))
    }

    @Test func zeroWidthGraphemesAreDropped() {
        var grid = Grid(columns: 4, rows: 1)
        grid.write("a\u{200B}b", row: 0, column: 0, width: 4)
        #expect(grid.lines == ["ab  "])
    }
}
