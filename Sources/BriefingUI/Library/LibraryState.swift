import BriefingKit

/// The open library as the reader sees it: which entries have loaded, in which order, and the merged speakers.
struct LibraryState: Sendable {
    /// The files and their entries, filled in as loading progresses.
    private(set) var library: Library
    /// The library entry index of each loaded article, in path order (the reader's article indices).
    private(set) var entryOfArticle: [Int] = []
    /// The reader's article index of each library entry, nil while it is pending or when it failed.
    private(set) var articleOfEntry: [Int?]
    /// Each loaded entry's name and speakers folded, for filtering the Briefings pane; nil while pending.
    private var entryFilterTexts: [String?]
    /// The loading progress, nil once everything has loaded.
    private(set) var progress: LibraryProgress?
    /// The speakers merged across the loaded articles, as of `speakers.articleCount` of them.
    private(set) var speakers: LibrarySpeakers
    /// Bumped whenever `speakers` is merged again, so caches built on it know they are stale.
    private(set) var generation = 0

    /// Tracks a library whose entries load later (`apply`), or are already loaded.
    init(library: Library) {
        self.library = library
        self.articleOfEntry = Array(repeating: nil, count: library.entries.count)
        self.entryFilterTexts = Array(repeating: nil, count: library.entries.count)
        self.progress = library.isComplete ? nil : library.progress
        self.speakers = library.mergedSpeakers ?? LibrarySpeakers(entries: [])
        indexLoadedEntries()
    }

    /// A complete library of articles already analysed.
    init(articles: [Article]) {
        var library = Library(ExpandedPaths(files: articles.map(\.source)))
        var progress = LibraryProgress(total: articles.count)
        progress.done = articles.count
        progress.cacheSave = .unchanged
        library.apply(LibraryUpdate(firstIndex: 0, entries: articles.map { .loaded($0) }, progress: progress))
        self.init(library: library)
    }

    /// The loaded articles, in path order.
    var articles: [Article] { entryOfArticle.compactMap { library.article(at: $0) } }

    /// The folded filter text of a loaded article, by the reader's article index.
    func filterText(ofArticle index: Int) -> String {
        entryOfArticle.indices.contains(index) ? entryFilterTexts[entryOfArticle[index]] ?? "" : ""
    }

    /// Fills in loaded entries; true when articles were added (the reader's article indices may have moved).
    mutating func apply(_ updates: [LibraryUpdate]) -> Bool {
        guard !updates.isEmpty else { return false }
        for update in updates { library.apply(update) }
        if let merged = updates.last(where: { $0.speakers != nil })?.speakers { adopt(merged) }
        progress = library.isComplete ? nil : library.progress
        let before = entryOfArticle.count
        indexLoadedEntries()
        return entryOfArticle.count != before
    }

    /// Whether the merged speakers miss loaded articles once loading is over (a library whose loader did not merge them).
    var speakersAreStale: Bool {
        progress == nil && entryOfArticle.count != speakers.articleCount
    }

    /// Merges the speakers of the loaded articles again, here, for a library that did not come from a loader.
    mutating func mergeSpeakers() {
        adopt(library.speakers())
    }

    /// Takes speakers merged across the loaded articles (mostly by the loader, on its thread).
    private mutating func adopt(_ merged: LibrarySpeakers) {
        speakers = merged
        generation += 1
    }

    /// Rebuilds the order of the loaded entries and folds the names of those new since last time.
    private mutating func indexLoadedEntries() {
        entryOfArticle.removeAll(keepingCapacity: true)
        for (index, entry) in library.entries.enumerated() {
            guard let article = entry.article else {
                articleOfEntry[index] = nil
                continue
            }
            articleOfEntry[index] = entryOfArticle.count
            entryOfArticle.append(index)
            if entryFilterTexts[index] == nil { entryFilterTexts[index] = ReaderModel.filterText(of: article) }
        }
    }
}
