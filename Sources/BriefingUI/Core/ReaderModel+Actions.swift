import BriefingKit

/// Carrying out the reader's actions.
extension ReaderModel {
    /// Does what a key of the reading keymap stands for.
    mutating func perform(_ action: ReaderAction) -> [ReaderEffect] {
        switch action {
        case .quit: return [.quit]
        case .showHelp: helpScroll = 0
        case .nextPane: cycleFocus(by: 1)
        case .previousPane: cycleFocus(by: -1)
        case .focus(let pane): if panes.contains(pane) { focus = pane }
        case .move(let movement): move(movement)
        case .activate: activate()
        case .nextStatement: stepStatement(forward: true)
        case .previousStatement: stepStatement(forward: false)
        case .startSearch: input = InputPrompt(purpose: .search, line: InputLine(), startScroll: scroll(of: .article))
        case .nextMatch: stepMatch(forward: true)
        case .previousMatch: stepMatch(forward: false)
        case .startFilter: input = InputPrompt(purpose: .filter, line: InputLine(filterQuery))
        case .cycleKindFilter:
            kindFilter = kindFilter.nextInCycle
            listsChanged()
        case .editNote: startNote()
        case .exportNotes: startExport()
        case .listNotes: openNotesList()
        case .cancel: cancel()
        }
        return []
    }

    /// Moves the focus through the panes on screen, wrapping around.
    mutating func cycleFocus(by step: Int) {
        let order = panes
        let index = order.firstIndex(of: focus) ?? 0
        focus = order[(index + step + order.count) % order.count]
    }

    /// Esc: clears the filter, else the search, else the selected speaker, else the selected statement.
    mutating func cancel() {
        if !filterQuery.isEmpty {
            filterQuery = ""
            listsChanged()
        } else if !searchQuery.isEmpty {
            searchQuery = ""
            searchMatchIndex = nil
        } else if selectedSpeakerID != nil {
            selectedSpeakerID = nil
            listsChanged()
        } else {
            selectedStatementID = nil
        }
    }

    /// Enter: acts on the item under the cursor of the focused pane.
    mutating func activate() {
        switch focus {
        case .article:
            break
        case .speakers:
            let rows = speakerRows
            guard !rows.isEmpty else { return }
            let id = rows[speakerCursorIndex(in: rows)].speaker.id
            selectedSpeakerID = selectedSpeakerID == id ? nil : id
            if let statement = selectedStatement, let selectedSpeakerID, statement.speakerID != selectedSpeakerID {
                selectedStatementID = nil
            }
            scrollOffsets[.positions] = 0
            listsChanged()
        case .positions:
            guard let statement = selectedStatement ?? positions.first else { return }
            select(statement)
            if layout(focusing: .positions).arrangement == .oneAtATime { focus = .article }
        case .briefings:
            openArticle(at: briefingCursor)
        }
    }

    /// Opens another article of the briefing, starting it at the top with nothing selected.
    mutating func openArticle(at index: Int) {
        guard briefing.articles.indices.contains(index) else { return }
        articleIndex = index
        selectedSpeakerID = nil
        speakerCursorID = nil
        selectedStatementID = nil
        searchMatchIndex = nil
        for pane in [Pane.article, .speakers, .positions] { scrollOffsets[pane] = 0 }
        refreshCaches()
        reloadNotes()
    }

    /// Keeps cursors and scroll offsets valid after the filters or the selected speaker changed.
    mutating func listsChanged() {
        let rows = speakerRows
        if !rows.contains(where: { $0.speaker.id == speakerCursorID }) { speakerCursorID = rows.first?.speaker.id }
        scrollOffsets[.speakers] = ListScrolling.offset(
            scroll(of: .speakers), keeping: speakerCursorIndex(in: rows), count: rows.count, height: contentHeight(of: .speakers))
        keepSelectedStatementVisible()
        let briefings = briefingRows
        if !briefings.contains(briefingCursor) { briefingCursor = briefings.first ?? 0 }
        scrollOffsets[.briefings] = ListScrolling.offset(
            scroll(of: .briefings), keeping: briefings.firstIndex(of: briefingCursor), count: briefings.count,
            height: contentHeight(of: .briefings))
    }

    /// Scrolls the Positions pane so the selected statement's row shows.
    mutating func keepSelectedStatementVisible() {
        let list = positions
        scrollOffsets[.positions] = ListScrolling.offset(
            scroll(of: .positions), keeping: list.firstIndex { $0.id == selectedStatementID },
            count: list.count, height: contentHeight(of: .positions))
    }
}
