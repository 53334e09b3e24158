import Testing
@testable import BriefingUI

@Suite struct DisplayWidthTests {
    @Test(arguments: [
        ("a", 1), ("é", 1), ("e\u{301}", 1), ("“", 1), ("—", 1),
        ("中", 2), ("あ", 2), ("한", 2), ("Ａ", 2), ("\u{3000}", 2),
        ("👍", 2), ("👍🏽", 2), ("👩‍👩‍👧", 2), ("🇫🇷", 2), ("❤️", 2), ("1️⃣", 2),
        ("❤", 1), ("\u{301}", 0), ("\u{200B}", 0), ("\u{200D}", 0), ("\u{FEFF}", 0),
    ])
    func characterWidth(text: String, width: Int) {
        #expect(DisplayWidth.of(Character(text)) == width)
    }

    @Test func stringWidthAddsGraphemes() {
        #expect(DisplayWidth.of("Sunak 中文 👍") == 13)
        #expect(DisplayWidth.of("") == 0)
    }
}
