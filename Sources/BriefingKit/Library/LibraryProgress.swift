/// How far a library load has got, for a progress indicator and for benchmarks.
public struct LibraryProgress: Sendable, Equatable {
    /// The number of article files in the library.
    public var total: Int
    /// The number of files handled so far (loaded or failed).
    public var done: Int = 0
    /// Files whose analysis came from the cache.
    public var cacheHits: Int = 0
    /// Files that were analysed afresh.
    public var cacheMisses: Int = 0
    /// Files that could not be opened.
    public var failures: Int = 0
    /// What was found in the cache file.
    public var cacheStatus: CacheStatus = .disabled
    /// What happened when the cache was written back; nil until the load finishes.
    public var cacheSave: CacheSaveResult?

    /// Creates the progress of a load that has not started.
    public init(total: Int) {
        self.total = total
    }

    /// Whether every file has been handled and the cache written back.
    public var isFinished: Bool { cacheSave != nil }

    /// The fraction of files handled, from 0 to 1.
    public var fraction: Double { total == 0 ? 1 : Double(done) / Double(total) }
}
