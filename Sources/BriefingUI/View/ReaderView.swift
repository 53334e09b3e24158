import BriefingKit

/// Draws a reader model into a grid: the panes, the status or input line, the help on top.
struct ReaderView {
    /// The state to draw.
    let model: ReaderModel
    /// The grid's width.
    let columns: Int
    /// The grid's height.
    let rows: Int
    /// The Positions pane's statements.
    let positions: [Statement]
    /// In All briefings, where each of `positions` is in the library.
    let references: [LibraryStatementRef]
    /// The Speakers pane's rows.
    let speakerRows: [SpeakerRow]
    /// Each speaker's colour.
    private let speakerColors: [String: TerminalColor]

    /// Prepares to draw `model` into a grid of the given size, working out what the panes list once.
    init(model: ReaderModel, columns: Int, rows: Int) {
        self.model = model
        self.columns = columns
        self.rows = rows
        references = model.showsAllBriefings ? model.libraryPositions : []
        positions = model.showsAllBriefings ? references.compactMap { model.libraryState.library.statement($0) } : model.positions
        speakerRows = model.speakerRows
        speakerColors = model.speakerColors
    }

    /// The finished screen.
    func render() -> Grid {
        var grid = Grid(columns: columns, rows: rows)
        let theme = model.theme
        let layout = ScreenLayout(columns: columns, rows: rows, panes: model.panes, focus: model.focus)
        guard layout.arrangement != .tooSmall else {
            TooSmallNotice.draw(into: &grid, theme: theme)
            return grid
        }
        for (pane, frame) in layout.frames.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            PaneFrame.draw(into: &grid, frame, title: title(of: pane, arrangement: layout.arrangement), focused: pane == model.focus, theme: theme)
            drawContent(of: pane, into: &grid, frame.inset(by: 1))
        }
        if let question = model.confirmation {
            grid.fill(layout.statusLine)
            grid.write(question.question, in: layout.statusLine, row: 0, style: theme.notice)
        } else if let prompt = model.input {
            InputLineWidget(prompt: prompt, note: inputNote(for: prompt.purpose), theme: theme).draw(into: &grid, layout.statusLine)
        } else {
            StatusBar(segments: statusSegments, theme: theme).draw(into: &grid, layout.statusLine)
        }
        if let list = model.notesList {
            NotesOverlay.draw(into: &grid, list: list, articles: model.briefing.articles, theme: theme)
        }
        if let scroll = model.helpScroll {
            HelpOverlay.draw(into: &grid, scroll: scroll, theme: theme)
        }
        return grid
    }

    /// A pane's title: its name (with the selected speaker, or the open article among several), or every pane as tabs when one shows at a time.
    private func title(of pane: Pane, arrangement: ScreenLayout.Arrangement) -> [TitleSegment] {
        let theme = model.theme
        if arrangement == .oneAtATime {
            return model.panes.sorted { $0.number < $1.number }.map { tab in
                TitleSegment(text: "\(tab.number) \(tab.name)", style: tab == pane ? theme.focusedTitle : theme.dim)
            }
        }
        var text = pane.name
        if pane == .speakers, model.showsAllBriefings { text += ": all briefings" }
        if pane == .positions, model.showsAllBriefings, let speaker = model.librarySpeaker {
            text += ": " + speaker.name
        } else if pane == .positions, let speaker = model.selectedSpeaker {
            text += ": " + speaker.name
        }
        if pane == .article, model.opensSeveral, let article = model.article {
            text += ": " + Truncation.fit(ArticleNaming.name(of: article), width: 40)
        }
        return [TitleSegment(text: text, style: pane == model.focus ? theme.focusedTitle : theme.title)]
    }

    /// Draws what a pane holds into the inside of its frame.
    private func drawContent(of pane: Pane, into grid: inout Grid, _ area: Rect) {
        let theme = model.theme
        guard !area.isEmpty else { return }
        if pane == .briefings { return drawBriefings(into: &grid, area) }
        if model.showsAllBriefings, pane != .article { return drawLibraryList(pane, into: &grid, area) }
        guard let article = model.article else {
            if pane == .article { grid.write(model.isLoading ? "Loading…" : "No article open", in: area, row: 0, offset: 1, style: theme.dim) }
            return
        }
        switch pane {
        case .article:
            let text = ReaderModel.articleTextArea(in: area)
            ArticleWidget(
                layout: model.articleLayout(width: text.width) ?? ArticleLayout(article: article, width: text.width),
                scroll: model.scroll(of: .article),
                statements: article.statements.map { ($0.range, $0.speakerID.flatMap { speakerColors[$0] }) },
                selection: model.selectedStatement?.range, matches: model.searchMatches,
                noted: article.statements.filter { model.hasNote(statement: $0.id) }.map(\.range), theme: theme
            ).draw(into: &grid, text)
        case .speakers:
            let rows = speakerRows
            SpeakersWidget(
                rows: rows, cursor: model.speakerCursorIndex(in: rows), selectedID: model.selectedSpeakerID,
                scroll: model.scroll(of: .speakers), focused: model.focus == .speakers,
                hasNote: { model.hasNote(speaker: $0) }, theme: theme
            ).draw(into: &grid, area)
        case .positions:
            let statements = positions
            PositionsWidget(
                statements: statements, selected: statements.firstIndex { $0.id == model.selectedStatementID },
                scroll: model.scroll(of: .positions), showsLabels: model.selectedSpeakerID == nil,
                focused: model.focus == .positions, hasNote: { model.hasNote(statement: statements[$0].id) },
                label: { index in
                    let id = statements[index].speakerID
                    return (article.speaker(id: id)?.name ?? "unattributed", id.flatMap { speakerColors[$0] })
                },
                theme: theme
            ).draw(into: &grid, area)
        case .briefings:
            break
        }
    }

    /// The status bar's pieces: file, speaker, position in the statements, filters, search.
    private var statusSegments: [String] {
        var message = model.message.map { [$0] } ?? []
        if let progress = model.libraryState.progress { message.append("loading \(progress.done)/\(progress.total)") }
        guard let article = model.article else { return message + ["no article"] }
        let index = model.showsAllBriefings
            ? model.selectedReference.flatMap { references.firstIndex(of: $0) }
            : positions.firstIndex { $0.id == model.selectedStatementID }
        var segments = [
            model.showsAllBriefings ? "All briefings" : ArticleNaming.fileName(of: article.source),
            "speaker: " + ((model.showsAllBriefings ? model.librarySpeaker?.name : model.selectedSpeaker?.name) ?? "all"),
            "\(index.map { String($0 + 1) } ?? "–")/\(positions.count)",
        ]
        if model.noteStore != nil { segments.append("notes: \(model.notes.count)") }
        segments.append("filter: " + (model.filterQuery.isEmpty ? "—" : model.filterQuery))
        if let kind = model.kindFilter { segments.append("kind: " + kind.rawValue) }
        if !model.searchQuery.isEmpty { segments.append("/" + model.searchQuery + " " + searchCount) }
        let room = columns - DisplayWidth.of(StatusBar.helpHint) - 3
        if DisplayWidth.of((message + segments).joined(separator: "  ")) > room {
            segments[0] = Truncation.fit(segments[0], width: max(12, columns / 4))
        }
        return message + segments
    }

    /// The note at the right of the input line: how many matches or items the text finds.
    private func inputNote(for purpose: InputPurpose) -> String {
        switch purpose {
        case .search: return model.searchQuery.isEmpty ? "" : searchCount
        case .filter: return Self.counted(speakerRows.count, "speaker") + ", " + Self.counted(positions.count, "statement")
        case .note(let subject): return noteSubjectName(subject)
        case .exportPath: return "format from the name: .md .json .csv"
        }
    }

    /// What a note being typed is about, as the input line names it.
    private func noteSubjectName(_ subject: NoteSubject) -> String {
        switch subject {
        case .statement(let id):
            let text = model.article?.statements.first { $0.id == id }.map { Truncation.singleLine($0.text) } ?? id
            return "on “" + Truncation.fit(text, width: 24) + "”"
        case .speaker(let id):
            return "on " + (model.article?.speaker(id: id)?.name ?? id)
        case .article:
            return "on the article"
        }
    }

    /// "1 speaker", "2 speakers".
    private static func counted(_ count: Int, _ noun: String) -> String {
        "\(count) \(noun)" + (count == 1 ? "" : "s")
    }

    /// "3/12" for the current search match, "12 matches" before any jump, "no match" when none.
    private var searchCount: String {
        let count = model.searchMatches.count
        if count == 0 { return "no match" }
        if let index = model.searchMatchIndex { return "\(index + 1)/\(count)" }
        return "\(count) matches"
    }
}
