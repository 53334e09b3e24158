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
    /// The speakers merged across the loaded articles, as of `speakersArticleCount` articles.
    private(set) var speakers: LibrarySpeakers
    /// How many articles had loaded when `speakers` was merged.
    private(set) var speakersArticleCount = 0
    /// Each merged speaker's name, roles and aliases folded, by index in `speakers.speakers`.
    private(set) var speakerFilterTexts: [String] = []
    /// Each merged speaker's number of statements of each kind (`StatementKind.allCases` order), by index in `speakers.speakers`.
    private(set) var speakerKindCounts: [[Int]] = []
    /// Bumped whenever `speakers` is merged again, so caches built on it know they are stale.
    private(set) var generation = 0

    /// Tracks a library whose entries load later (`apply`), or are already loaded.
    init(library: Library) {
        self.library = library
        self.articleOfEntry = Array(repeating: nil, count: library.entries.count)
        self.entryFilterTexts = Array(repeating: nil, count: library.entries.count)
        self.progress = library.isComplete ? nil : library.progress
        self.speakers = LibrarySpeakers(entries: [])
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
        progress = library.isComplete ? nil : library.progress
        let before = entryOfArticle.count
        indexLoadedEntries()
        return entryOfArticle.count != before
    }

    /// Whether the merged speakers lag behind the loaded articles by enough to merge them again.
    ///
    /// While loading, merging waits until four times as many articles have loaded, so a big folder is merged a few times, not per batch.
    var speakersAreStale: Bool {
        let loaded = entryOfArticle.count
        guard loaded != speakersArticleCount else { return false }
        return progress == nil || loaded >= 4 * speakersArticleCount
    }

    /// Merges the speakers of the loaded articles again.
    mutating func mergeSpeakers() {
        speakers = library.speakers()
        speakersArticleCount = entryOfArticle.count
        speakerFilterTexts = speakers.speakers.map { speaker in
            TextFolding.fold(([speaker.name] + speaker.roles + speaker.aliases).joined(separator: "\n"))
        }
        let kinds = StatementKind.allCases
        speakerKindCounts = speakers.speakers.map { speaker in
            var counts = Array(repeating: 0, count: kinds.count)
            for reference in speaker.statements {
                if let kind = library.statement(reference)?.kind, let slot = kinds.firstIndex(of: kind) { counts[slot] += 1 }
            }
            return counts
        }
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
