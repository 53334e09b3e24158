import BriefingKit

/// Drawing the Briefings pane and the library-wide lists of All briefings.
extension ReaderView {
    /// Draws the Briefings pane: "All briefings", then the articles passing the filter.
    func drawBriefings(into grid: inout Grid, _ area: Rect) {
        BriefingsWidget(
            articles: model.briefing.articles, rows: model.briefingListRows,
            open: model.showsAllBriefings ? nil : model.articleIndex, cursor: model.briefingCursor,
            scroll: model.scroll(of: .briefings), focused: model.focus == .briefings,
            allSpeakerCount: model.libraryState.speakers.speakers.count,
            hasNotes: { model.notedPaths.contains($0.source) }, theme: model.theme
        ).draw(into: &grid, area)
    }

    /// Draws the Speakers or Positions pane of All briefings: merged speakers, or a speaker's statements with their articles.
    func drawLibraryList(_ pane: Pane, into grid: inout Grid, _ area: Rect) {
        let theme = model.theme
        if pane == .speakers {
            let rows = speakerRows
            SpeakersWidget(
                rows: rows, cursor: model.speakerCursorIndex(in: rows), selectedID: model.selectedSpeakerID,
                scroll: model.scroll(of: .speakers), focused: model.focus == .speakers, hasNote: { _ in false }, theme: theme
            ).draw(into: &grid, area)
            return
        }
        let selected = model.selectedReference
        let openEntry = model.entry(ofArticle: model.articleIndex)
        PositionsWidget(
            statements: positions, selected: selected.flatMap { references.firstIndex(of: $0) },
            scroll: model.scroll(of: .positions), showsLabels: true, focused: model.focus == .positions,
            hasNote: { references[$0].article == openEntry && model.hasNote(statement: positions[$0].id) },
            label: { (model.articleName(of: references[$0]), nil) }, theme: theme
        ).draw(into: &grid, area)
    }
}
