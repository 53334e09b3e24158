import Testing
@testable import BriefingKit

@Suite("Line reader")
struct LineReaderTests {
    /// The lines a reader returns for a text, as (content, starts a group, Markdown level).
    private func lines(_ text: String) -> [(String, Bool, Int)] {
        let decoded = ScalarText.decode(text)
        return decoded.scalars.withUnsafeBufferPointer { scalars in
            Array(IteratorSequence(LineReader(scalars, lineBreaks: decoded.lineBreaks))).map { line in
                (String(String.UnicodeScalarView(scalars[line.start..<line.end])), line.startsGroup, line.markdownLevel)
            }
        }
    }

    @Test func readsTrimmedNonEmptyLinesMarkingBlankLinesAndHeadings() {
        let read = lines("  # Title \r\n\r\nFirst line\nsecond\u{A0}\n\n\n#nohash\n   \n ### \n####### seven")
        #expect(read.map(\.0) == ["Title", "First line", "second", "#nohash", "###", "####### seven"])
        #expect(read.map(\.1) == [true, true, false, true, true, false])
        #expect(read.map(\.2) == [1, 0, 0, 0, 0, 0])
    }

    @Test func readsNothingFromBlankText() {
        #expect(lines("").isEmpty)
        #expect(lines(" \n\r\n\t").isEmpty)
    }
}
