import BriefingKit

/// The whole reader's state; `update` handles keys, `view` draws it.
public struct ReaderModel: Sendable {
    /// The articles being read: those of the library that have loaded, in path order.
    public internal(set) var briefing: Briefing
    /// The library the articles come from, its loading progress and its merged speakers.
    var libraryState: LibraryState
    /// Whether several files are open (the Briefings pane shows, with its "All briefings" row).
    let opensSeveral: Bool
    /// Whether "All briefings" is selected: the Speakers and Positions panes span every open article.
    var showsAllBriefings = false
    /// The Speakers and Positions panes' lists in All briefings, kept between keys.
    var libraryListsCache: CachedLibraryLists?
    /// The paths of the articles that have notes, for the Briefings pane's markers.
    var notedPaths: Set<String> = []
    /// The note subject waiting for `$EDITOR` to return, after `A`.
    var editorSubject: NoteSubject?
    /// The styles to draw with (colours on or off).
    let theme: Theme
    /// The terminal size `update` lays out for (pages, scrolling into view).
    var size: (columns: Int, rows: Int)
    /// The index of the open article in the briefing.
    var articleIndex = 0
    /// The pane keys go to.
    var focus: Pane = .article
    /// The help overlay's scroll offset while it is open, nil when it is closed.
    var helpScroll: Int?
    /// The open input line (search or filter), if any.
    var input: InputPrompt?
    /// The filter text as typed.
    var filterQuery = ""
    /// The statement kind shown, or nil for all kinds.
    var kindFilter: StatementKind?
    /// The search text as typed; empty when there is no search.
    var searchQuery = ""
    /// The index of the current search match, once one was jumped to.
    var searchMatchIndex: Int?
    /// The speaker whose statements the Positions pane shows, or nil for everyone.
    var selectedSpeakerID: String?
    /// The speaker under the Speakers pane's cursor.
    var speakerCursorID: String?
    /// The statement selected in the Positions pane and highlighted in the article.
    var selectedStatementID: String?
    /// The index of the article under the Briefings pane's cursor, nil on "All briefings".
    var briefingCursor: Int? = 0
    /// The first visible line of each pane.
    var scrollOffsets: [Pane: Int] = [:]
    /// Where notes are kept, or nil when notes are off.
    let noteStore: NoteStore?
    /// The notes of the open article, placed in it.
    var notes: [ResolvedNote] = []
    /// A one-off message for the status bar (a note saved, an error), cleared by the next key.
    var message: String?
    /// A yes/no question waiting for its answer.
    var confirmation: Confirmation?
    /// The notes overlay while it is open.
    var notesList: NotesList?
    /// The open article wrapped for the article pane at the current size.
    var layoutCache: CachedLayout?
    /// The current search's matches in the open article.
    var matchesCache: CachedMatches?

    /// Creates the reader for a briefing, laid out for a terminal of the given size until a resize says otherwise.
    ///
    /// With a `notes` store, `a` adds and edits notes and `e` exports them; without one they say notes are off.
    public init(briefing: Briefing, colorsEnabled: Bool = true, columns: Int = 80, rows: Int = 24, notes: NoteStore? = nil) {
        self.init(state: LibraryState(articles: briefing.articles), colorsEnabled: colorsEnabled, columns: columns, rows: rows, notes: notes)
        if opensSeveral { libraryState.mergeSpeakers() }
    }

    /// Creates the reader for a library that may still be loading (`apply` its updates), with "All briefings" selected when it holds several files.
    public init(library: Library, colorsEnabled: Bool = true, columns: Int = 80, rows: Int = 24, notes: NoteStore? = nil) {
        self.init(state: LibraryState(library: library), colorsEnabled: colorsEnabled, columns: columns, rows: rows, notes: notes)
        if opensSeveral { enterAllBriefings() }
    }

    /// Creates the reader on a library state.
    private init(state: LibraryState, colorsEnabled: Bool, columns: Int, rows: Int, notes: NoteStore?) {
        self.libraryState = state
        self.briefing = Briefing(articles: state.articles)
        self.opensSeveral = state.library.files.count > 1
        self.theme = Theme(colorsEnabled: colorsEnabled)
        self.size = (max(0, columns), max(0, rows))
        self.noteStore = notes
        reloadNotes()
    }

    /// Handles one key and says what the backend must do.
    public mutating func update(_ key: Key) -> [ReaderEffect] {
        defer { refreshLibraryCaches() }
        if case let .resize(columns, rows) = key {
            resize(columns: columns, rows: rows)
            return []
        }
        message = nil
        if let question = confirmation {
            if let answer = Keymaps.confirm.action(for: key) { self.answer(answer, to: question) }
            return []
        }
        if let prompt = input {
            type(key, into: prompt)
            return []
        }
        if let scroll = helpScroll {
            handleHelp(key, scroll: scroll)
            return []
        }
        if let list = notesList {
            handleNotesList(key, list: list)
            return []
        }
        guard let action = Keymaps.reader.action(for: key) else { return [] }
        return perform(action)
    }

    /// Draws the reader into a grid of the given size.
    public func view(columns: Int, rows: Int) -> Grid {
        ReaderView(model: self, columns: columns, rows: rows).render()
    }
}
