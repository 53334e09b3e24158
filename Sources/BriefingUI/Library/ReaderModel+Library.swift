import BriefingKit

/// Following a library as it loads, and switching between one article and "All briefings".
extension ReaderModel {
    /// Takes in what the loader finished since last time: new articles join the lists, the progress moves on.
    public mutating func apply(_ updates: [LibraryUpdate]) {
        let openEntry = entry(ofArticle: articleIndex)
        let cursorEntry = briefingCursor.flatMap(entry(ofArticle:))
        let hadArticle = article != nil
        guard libraryState.apply(updates) else { return }
        briefing = Briefing(articles: libraryState.articles)
        let reopened = openEntry.flatMap { libraryState.articleOfEntry[$0] } ?? 0
        if reopened != articleIndex {
            articleIndex = reopened
            layoutCache = nil
            matchesCache = nil
        }
        if let cursorEntry { briefingCursor = libraryState.articleOfEntry[cursorEntry] ?? briefingCursor }
        if libraryState.speakersAreStale { libraryState.mergeSpeakers() }
        refreshCaches()
        if !hadArticle, article != nil { reloadNotes() }
        listsChanged()
        refreshLibraryCaches()
    }

    /// Whether the library is still loading (the backend keeps polling the loader while it is).
    public var isLoading: Bool { libraryState.progress != nil }

    /// The library entry of a reader article index.
    func entry(ofArticle index: Int) -> Int? {
        libraryState.entryOfArticle.indices.contains(index) ? libraryState.entryOfArticle[index] : nil
    }

    /// Selects "All briefings": speakers and statements across every open article.
    mutating func enterAllBriefings() {
        showsAllBriefings = true
        briefingCursor = nil
        selectedSpeakerID = nil
        speakerCursorID = nil
        selectedStatementID = nil
        for pane in [Pane.speakers, .positions] { scrollOffsets[pane] = 0 }
        if libraryState.speakersAreStale { libraryState.mergeSpeakers() }
        listsChanged()
    }

    /// Shows another article in the article pane, at its top with no statement selected, keeping the mode and the speaker.
    mutating func showArticle(at index: Int) {
        guard briefing.articles.indices.contains(index) else { return }
        articleIndex = index
        selectedStatementID = nil
        searchMatchIndex = nil
        scrollOffsets[.article] = 0
        refreshCaches()
        reloadNotes()
    }
}
