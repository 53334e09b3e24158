import BriefingKit

/// Keeping the open article, the lists' cursors and their scroll offsets consistent.
extension ReaderModel {
    /// Opens another article of the briefing on its own (leaving All briefings), at the top with nothing selected.
    mutating func openArticle(at index: Int) {
        guard briefing.articles.indices.contains(index) else { return }
        showsAllBriefings = false
        briefingCursor = index
        selectedSpeakerID = nil
        speakerCursorID = nil
        for pane in [Pane.speakers, .positions] { scrollOffsets[pane] = 0 }
        showArticle(at: index)
        listsChanged()
    }

    /// Keeps cursors and scroll offsets valid after the filters or the selected speaker changed.
    mutating func listsChanged() {
        refreshLibraryCaches()
        let rows = speakerRows
        if !rows.contains(where: { $0.speaker.id == speakerCursorID }) { speakerCursorID = rows.first?.speaker.id }
        scrollOffsets[.speakers] = ListScrolling.offset(
            scroll(of: .speakers), keeping: speakerCursorIndex(in: rows), count: rows.count, height: contentHeight(of: .speakers))
        keepSelectedStatementVisible()
        let briefings = briefingListRows
        if !briefings.contains(briefingCursor) { briefingCursor = briefings.first ?? 0 }
        scrollOffsets[.briefings] = ListScrolling.offset(
            scroll(of: .briefings), keeping: briefings.firstIndex(of: briefingCursor), count: briefings.count,
            height: contentHeight(of: .briefings))
    }

    /// Scrolls the Positions pane so the selected statement's row shows.
    mutating func keepSelectedStatementVisible() {
        if showsAllBriefings { return keepSelectedReferenceVisible() }
        let list = positions
        scrollOffsets[.positions] = ListScrolling.offset(
            scroll(of: .positions), keeping: list.firstIndex { $0.id == selectedStatementID },
            count: list.count, height: contentHeight(of: .positions))
    }
}
