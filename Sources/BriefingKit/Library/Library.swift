import Foundation

/// Many articles opened together from files and folders, in path order, filled in as they load.
public struct Library: Sendable {
    /// The article files, sorted within each folder given; an entry's index is its index here.
    public let files: [String]
    /// Each file's state, by index.
    public private(set) var entries: [LibraryEntry]
    /// Paths given that name nothing or cannot be searched.
    public let expansionErrors: [DocumentError]
    /// Files inside the folders given that were left out (binary, not regular, unreadable).
    public let skipped: [DocumentError]
    /// How far loading has got.
    public private(set) var progress: LibraryProgress
    /// The latest speakers merged by the loader (`LibraryUpdate.speakers`), nil until it first merged.
    public private(set) var mergedSpeakers: LibrarySpeakers?

    /// Creates a library of expanded paths whose files are all still pending.
    public init(_ expansion: ExpandedPaths) {
        self.files = expansion.files
        self.entries = Array(repeating: .pending, count: expansion.files.count)
        self.expansionErrors = expansion.errors
        self.skipped = expansion.skipped
        self.progress = LibraryProgress(total: expansion.files.count)
    }

    /// Fills in a batch of loaded entries.
    public mutating func apply(_ update: LibraryUpdate) {
        for (offset, entry) in update.entries.enumerated() where entries.indices.contains(update.firstIndex + offset) {
            entries[update.firstIndex + offset] = entry
        }
        progress = update.progress
        if let speakers = update.speakers { mergedSpeakers = speakers }
    }

    /// Whether every file has been handled.
    public var isComplete: Bool { progress.isFinished }

    /// The article at an index, when it has loaded.
    public func article(at index: Int) -> Article? {
        entries.indices.contains(index) ? entries[index].article : nil
    }

    /// The loaded articles, in path order.
    public var articles: [Article] { entries.compactMap(\.article) }

    /// Every error: paths that name nothing, then files that failed to open.
    public var errors: [DocumentError] {
        expansionErrors + entries.compactMap { entry in
            if case .failed(let error) = entry { return error }
            return nil
        }
    }

    /// A line to show for an entry: the article's title, else its first block, else the file name.
    public func title(at index: Int) -> String {
        if let article = article(at: index) {
            if let title = article.title, !title.isEmpty { return title }
            if let first = article.blocks.first { return String(first.text) }
        }
        return files.indices.contains(index) ? (files[index] as NSString).lastPathComponent : ""
    }

    /// The statement a reference points to, when its article has loaded.
    public func statement(_ reference: LibraryStatementRef) -> Statement? {
        guard let article = article(at: reference.article), article.statements.indices.contains(reference.statement) else { return nil }
        return article.statements[reference.statement]
    }

    /// The speakers merged across the loaded articles: the loader's merge when it covers them all, else merged now.
    public func speakers() -> LibrarySpeakers {
        if let mergedSpeakers, mergedSpeakers.articleCount == loadedCount { return mergedSpeakers }
        return LibrarySpeakers(entries: entries)
    }

    /// How many entries have loaded as articles.
    public var loadedCount: Int {
        entries.reduce(0) { count, entry in entry.article == nil ? count : count + 1 }
    }
}
