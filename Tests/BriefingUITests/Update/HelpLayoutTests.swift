import Testing
@testable import BriefingUI

@Suite struct HelpLayoutTests {
    @Test func helpShowsEverythingSideBySideAt120By40() {
        let width = HelpOverlay.frame(columns: 120, rows: 40).width - 4
        #expect(HelpOverlay.columns(forWidth: width).count == 2)
        #expect(HelpOverlay.lineCount(columns: 120, rows: 40) <= HelpOverlay.contentHeight(columns: 120, rows: 40))
    }

    @Test func helpIsOneScrollingColumnWhenNarrow() {
        #expect(HelpOverlay.columns(forWidth: 70).count == 1)
        #expect(HelpOverlay.lineCount(columns: 80, rows: 24) > HelpOverlay.contentHeight(columns: 80, rows: 24))
    }
}
