import Testing
@testable import BriefingUI

@Suite struct TerminalSafetyTests {
    @Test func escapeAndOtherC0ControlsBecomeControlPictures() {
        #expect(TerminalSafety.sanitize("a\u{1B}[31mb") == "a␛[31mb")
        #expect(TerminalSafety.sanitize("\u{0}\u{7}\u{9}\u{D}") == "␀␇␉␍")
    }

    @Test func deleteC1AndBidiOverridesBecomeVisible() {
        #expect(TerminalSafety.sanitize("x\u{7F}y") == "x␡y")
        #expect(TerminalSafety.sanitize("\u{9B}2J") == "\u{FFFD}2J")
        #expect(TerminalSafety.sanitize("a\u{202E}b\u{2066}c\u{2069}") == "a\u{FFFD}b\u{FFFD}c\u{FFFD}")
    }

    @Test func ordinaryTextIsUntouched() {
        let text = "“Go further,” said Macron — 中文 👍 é"
        #expect(TerminalSafety.sanitize(text) == text)
    }

    @Test func sanitizedTextHasNoUnsafeScalar() {
        let hostile = (0..<0xA0).compactMap(Unicode.Scalar.init).map(String.init).joined() + "\u{202A}\u{202B}\u{202C}\u{202D}\u{202E}\u{2066}\u{2067}\u{2068}\u{2069}"
        #expect(!TerminalSafety.sanitize(hostile).unicodeScalars.contains(where: TerminalSafety.isUnsafe))
    }
}
