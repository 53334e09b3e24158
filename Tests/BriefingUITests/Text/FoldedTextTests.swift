import Testing
@testable import BriefingUI

@Suite struct FoldedTextTests {
    @Test func foldedTextMapsMatchesBackToSourceOffsets() {
        let folded = FoldedText("Café, CAFÉ and cafe\u{301}", startOffset: 100)
        let ranges = folded.ranges(of: "cafe")
        #expect(ranges.map(\.start) == [100, 106, 115])
        #expect(ranges.map(\.end) == [104, 110, 119])
    }
}
