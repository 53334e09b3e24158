import Testing
@testable import BriefingKit

/// A description's only word: the byte path for ASCII gives what splitting its `Character`s at spaces gives.
@Suite struct SoleWordTests {
    @Test func soleWordIsTheOnePieceOfASplitAtSpaces() {
        let descriptions = ["Analysts", "  critics ", "Elysee official", "", "   ", "a  b", "x\r\ny", "tab\there", "Café", " Zoë ", "e\u{301} x", " \u{301}x"]
        for description in descriptions {
            let pieces = description.split(separator: " ")
            #expect(EntityRegistry.soleWord(of: description) == (pieces.count == 1 ? pieces[0] : nil), "\(description)")
        }
        #expect(EntityRegistry.soleWord(of: " critics ") == "critics")
        #expect(EntityRegistry.soleWord(of: "two words") == nil)
    }
}
