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
        case .editNoteInEditor: return startEditorNote()
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

    /// Enter: acts on the item under the cursor of the focused pane (and, one pane at a time, shows the result).
    mutating func activate() {
        switch focus {
        case .article:
            break
        case .speakers:
            let rows = speakerRows
            guard !rows.isEmpty else { return }
            let id = rows[speakerCursorIndex(in: rows)].speaker.id
            selectedSpeakerID = selectedSpeakerID == id ? nil : id
            if showsAllBriefings {
                if let selected = selectedReference, !libraryPositions.contains(selected) { selectedStatementID = nil }
            } else if let statement = selectedStatement, let selectedSpeakerID, statement.speakerID != selectedSpeakerID {
                selectedStatementID = nil
            }
            scrollOffsets[.positions] = 0
            listsChanged()
            if selectedSpeakerID != nil { showNext(.positions) }
        case .positions:
            if showsAllBriefings {
                guard let reference = selectedReference ?? libraryPositions.first else { return }
                open(reference)
            } else {
                guard let statement = selectedStatement ?? positions.first else { return }
                select(statement)
            }
            showNext(.article)
        case .briefings:
            if let briefingCursor {
                openArticle(at: briefingCursor)
                showNext(.article)
            } else {
                enterAllBriefings()
                showNext(.speakers)
            }
        }
    }

    /// When one pane shows at a time, moves on to the pane that shows the result of Enter.
    private mutating func showNext(_ pane: Pane) {
        if layout(focusing: focus).arrangement == .oneAtATime { focus = pane }
    }
}
