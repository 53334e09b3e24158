import BriefingKit

/// `l`: the list of every note in the open briefings, and jumping to what a note is on.
extension ReaderModel {
    /// Opens the notes overlay, reading the notes of every open article.
    mutating func openNotesList() {
        guard let noteStore else {
            message = "Notes are off: no notes file is open"
            return
        }
        do {
            let articles = briefing.articles
            notesList = NotesList(items: try NotesGathering.placed(store: noteStore, articles: articles).map { placed in
                NotesList.Item(articleIndex: placed.article, entry: NoteExportEntry(placed.note, article: articles[placed.article]))
            })
        } catch {
            message = String(describing: error)
        }
    }

    /// Moves in or closes the notes overlay, or jumps to the note under the cursor.
    mutating func handleNotesList(_ key: Key, list: NotesList) {
        guard let action = Keymaps.notesList.action(for: key) else { return }
        var list = list
        switch action {
        case .close:
            notesList = nil
        case .move(let movement):
            let height = NotesOverlay.contentHeight(columns: size.columns, rows: size.rows, count: list.items.count)
            list.cursor = movement.apply(to: list.cursor, count: list.items.count, height: height)
            list.scroll = ListScrolling.offset(list.scroll, keeping: list.cursor, count: list.items.count, height: height)
            notesList = list
        case .open:
            notesList = nil
            guard list.items.indices.contains(list.cursor) else { return }
            go(to: list.items[list.cursor])
        }
    }

    /// Opens a note's article and shows what the note is on.
    private mutating func go(to item: NotesList.Item) {
        if item.articleIndex != articleIndex { openArticle(at: item.articleIndex) }
        briefingCursor = item.articleIndex
        switch item.entry.placement {
        case .statement(let id, _):
            guard let statement = article?.statements.first(where: { $0.id == id }) else { return }
            if let selectedSpeakerID, statement.speakerID != selectedSpeakerID { self.selectedSpeakerID = nil }
            filterQuery = ""
            kindFilter = nil
            listsChanged()
            select(statement)
            focus = .positions
        case .passage(let range):
            reveal(range)
            focus = .article
        case .speaker(let id):
            filterQuery = ""
            kindFilter = nil
            speakerCursorID = id
            listsChanged()
            focus = .speakers
        case .article, .detached, .unchecked:
            focus = .article
        }
    }
}
