/// The reader's key tables: update dispatches on them and the help overlay lists them.
enum Keymaps {
    /// Keys while reading.
    static let reader = Keymap<ReaderAction>(title: "Reading", bindings: [
        KeyBinding(keys: [.character("q")], action: .quit, summary: "quit"),
        KeyBinding(keys: [.character("?")], action: .showHelp, summary: "this help"),
        KeyBinding(keys: [.tab], action: .nextPane, summary: "next pane"),
        KeyBinding(keys: [.backTab], action: .previousPane, summary: "previous pane"),
        KeyBinding(keys: [.character("1")], action: .focus(.article), summary: "Article pane"),
        KeyBinding(keys: [.character("2")], action: .focus(.speakers), summary: "Speakers pane"),
        KeyBinding(keys: [.character("3")], action: .focus(.positions), summary: "Positions pane"),
        KeyBinding(keys: [.character("4")], action: .focus(.briefings), summary: "Briefings pane (several files)"),
        KeyBinding(keys: [.character("j"), .down], action: .move(.down), summary: "down: next item, scroll article"),
        KeyBinding(keys: [.character("k"), .up], action: .move(.up), summary: "up: previous item, scroll article"),
        KeyBinding(keys: [.character("g"), .home], action: .move(.top), summary: "top"),
        KeyBinding(keys: [.character("G"), .end], action: .move(.bottom), summary: "bottom"),
        KeyBinding(keys: [.character(" "), .pageDown], action: .move(.pageDown), summary: "page down"),
        KeyBinding(keys: [.character("b"), .pageUp], action: .move(.pageUp), summary: "page up"),
        KeyBinding(keys: [.control("d")], action: .move(.halfPageDown), summary: "half page down"),
        KeyBinding(keys: [.control("u")], action: .move(.halfPageUp), summary: "half page up"),
        KeyBinding(keys: [.enter], action: .activate, summary: "select speaker / show statement / open briefing"),
        KeyBinding(keys: [.character("]")], action: .nextStatement, summary: "next statement (of the selected speaker)"),
        KeyBinding(keys: [.character("[")], action: .previousStatement, summary: "previous statement (of the selected speaker)"),
        KeyBinding(keys: [.character("/")], action: .startSearch, summary: "search the article"),
        KeyBinding(keys: [.character("n")], action: .nextMatch, summary: "next match"),
        KeyBinding(keys: [.character("N")], action: .previousMatch, summary: "previous match"),
        KeyBinding(keys: [.character("f")], action: .startFilter, summary: "filter speakers and statements"),
        KeyBinding(keys: [.character("t")], action: .cycleKindFilter, summary: "kinds: all, direct, partial, reported, stance"),
        KeyBinding(keys: [.character("a")], action: .editNote, summary: "note on the statement / speaker / article"),
        KeyBinding(keys: [.character("A")], action: .editNoteInEditor, summary: "the same note in $EDITOR (vi when unset)"),
        KeyBinding(keys: [.character("e")], action: .exportNotes, summary: "export notes (.md, .json or .csv)"),
        KeyBinding(keys: [.character("l")], action: .listNotes, summary: "list every note; Enter goes there"),
        KeyBinding(keys: [.escape], action: .cancel, summary: "close, clear filter / search / speaker"),
    ])

    /// Keys while typing a search or a filter.
    static let input = Keymap<InputEdit>(title: "Typing (/, f, a, e)", bindings: [
        KeyBinding(keys: [.enter], action: .accept, summary: "keep it (save note, export)"),
        KeyBinding(keys: [.escape], action: .cancel, summary: "clear it (drop the edit)"),
        KeyBinding(keys: [.left], action: .moveLeft, summary: "cursor left"),
        KeyBinding(keys: [.right], action: .moveRight, summary: "cursor right"),
        KeyBinding(keys: [.home, .control("a")], action: .moveToStart, summary: "start of line"),
        KeyBinding(keys: [.end, .control("e")], action: .moveToEnd, summary: "end of line"),
        KeyBinding(keys: [.backspace, .control("h")], action: .deleteBackward, summary: "delete before the cursor"),
        KeyBinding(keys: [.delete], action: .deleteForward, summary: "delete under the cursor"),
        KeyBinding(keys: [.control("w")], action: .deleteWordBackward, summary: "delete the word before"),
        KeyBinding(keys: [.control("u")], action: .deleteToStart, summary: "delete to the start"),
        KeyBinding(keys: [.control("k")], action: .deleteToEnd, summary: "delete to the end"),
    ])

    /// Keys while the help is open.
    static let help = Keymap<HelpAction>(title: "In this help", bindings: [
        KeyBinding(keys: [.character("j"), .down], action: .scroll(.down), summary: "scroll down"),
        KeyBinding(keys: [.character("k"), .up], action: .scroll(.up), summary: "scroll up"),
        KeyBinding(keys: [.character(" "), .pageDown], action: .scroll(.pageDown), summary: "page down"),
        KeyBinding(keys: [.character("b"), .pageUp], action: .scroll(.pageUp), summary: "page up"),
        KeyBinding(keys: [.character("g"), .home], action: .scroll(.top), summary: "top"),
        KeyBinding(keys: [.character("G"), .end], action: .scroll(.bottom), summary: "bottom"),
        KeyBinding(keys: [.escape, .character("?"), .character("q")], action: .close, summary: "close the help"),
    ])

    /// Keys while the notes list is open.
    static let notesList = Keymap<NotesListAction>(title: "In the notes list", bindings: [
        KeyBinding(keys: [.character("j"), .down], action: .move(.down), summary: "next note"),
        KeyBinding(keys: [.character("k"), .up], action: .move(.up), summary: "previous note"),
        KeyBinding(keys: [.character("g"), .home], action: .move(.top), summary: "first note"),
        KeyBinding(keys: [.character("G"), .end], action: .move(.bottom), summary: "last note"),
        KeyBinding(keys: [.enter], action: .open, summary: "go to what the note is on"),
        KeyBinding(keys: [.escape, .character("l"), .character("q")], action: .close, summary: "close the list"),
    ])

    /// Keys while a yes/no question waits.
    static let confirm = Keymap<ConfirmationAnswer>(title: "Questions", bindings: [
        KeyBinding(keys: [.character("y"), .character("Y")], action: .yes, summary: "yes"),
        KeyBinding(keys: [.character("n"), .character("N"), .escape], action: .no, summary: "no"),
    ])
}
