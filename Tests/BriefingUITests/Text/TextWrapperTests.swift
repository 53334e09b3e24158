import Testing
@testable import BriefingUI

@Suite struct TextWrapperTests {
    private func wrapped(_ text: String, width: Int) -> [String] {
        TextWrapper.wrap(text, startOffset: 0, width: width).map { String($0.map(\.character)) }
    }

    @Test func wrapsAtWordBoundaries() {
        #expect(wrapped("the quick brown fox jumps", width: 10) == ["the quick", "brown fox", "jumps"])
    }

    @Test func collapsesSpacesAndKeepsLineBreaks() {
        #expect(wrapped("a   b\nc", width: 10) == ["a b", "c"])
    }

    @Test func splitsWordsLongerThanALine() {
        #expect(wrapped("abcdefghij", width: 4) == ["abcd", "efgh", "ij"])
    }

    @Test func measuresWideCharactersInCellsAndNeverSplitsThem() {
        #expect(wrapped("中文中文中 ab", width: 5) == ["中文", "中文", "中 ab"])
        for line in TextWrapper.wrap("中文中文中文 👍👍 ok", startOffset: 0, width: 3) {
            #expect(line.reduce(0) { $0 + $1.width } <= 3)
        }
    }

    @Test func controlsBecomePlaceholdersWithTheirOffsets() {
        let glyphs = TextWrapper.wrap("a\u{1B}b", startOffset: 10, width: 10)[0]
        #expect(glyphs.map(\.character) == ["a", "␛", "b"])
        #expect(glyphs.map(\.offset) == [10, 11, 12])
    }

    @Test func offsetsCountScalars() {
        let glyphs = TextWrapper.wrap("e\u{301}x 👍🏽y", startOffset: 0, width: 20)[0]
        #expect(glyphs.map(\.offset) == [0, 2, 3, 4, 6])
    }

    @Test func zeroWidthGivesNoLines() {
        #expect(TextWrapper.wrap("text", startOffset: 0, width: 0).isEmpty)
    }
}
