import Foundation

/// Loads a library in the background on every core, handing over batches in path order as they finish.
///
/// Poll it from the UI loop (`poll()`), optionally woken by `onUpdate`, or block with `loadAll`.
public final class LibraryLoader: @unchecked Sendable {
    /// The article files found, in path order, and what could not be used.
    public let expansion: ExpandedPaths
    private let roots: [String]
    private let policy: CachePolicy
    private let extractor: Extractor
    private let onUpdate: (@Sendable () -> Void)?
    private let lock = NSLock()
    private let finished = DispatchSemaphore(value: 0)
    private var queued: [LibraryUpdate] = []
    private var started = false

    /// Finds the article files below `paths` (only their first bytes are read) and prepares to load them.
    ///
    /// `onUpdate` is called on a background thread after each batch, e.g. to wake a UI loop that then calls `poll()`.
    public init(paths: [String], cache: CachePolicy = .standard(), extractor: Extractor = Extractor(), onUpdate: (@Sendable () -> Void)? = nil) {
        self.expansion = DocumentReader.expand(paths: paths)
        self.roots = paths
        self.policy = cache
        self.extractor = extractor
        self.onUpdate = onUpdate
    }

    /// A library of these files, all pending, to `apply` the updates to.
    public func makeLibrary() -> Library {
        Library(expansion)
    }

    /// Starts loading in the background; later calls do nothing.
    public func start() {
        let first = lock.withLock {
            defer { started = true }
            return !started
        }
        guard first else { return }
        Thread.detachNewThread { [self] in run() }
    }

    /// The batches finished since the last call, in order; empty when none are new.
    public func poll() -> [LibraryUpdate] {
        lock.withLock {
            defer { queued.removeAll() }
            return queued
        }
    }

    /// Blocks until every file is loaded and the cache written (starting the load if needed).
    public func wait() {
        start()
        finished.wait()
        finished.signal()
    }

    /// Loads a whole library, blocking, for the command line.
    public static func loadAll(paths: [String], cache: CachePolicy = .standard(), extractor: Extractor = Extractor()) -> Library {
        let loader = LibraryLoader(paths: paths, cache: cache, extractor: extractor)
        loader.wait()
        var library = loader.makeLibrary()
        for update in loader.poll() { library.apply(update) }
        return library
    }

    /// The batch sizes: small first so the first screen comes quickly, then larger to keep every core busy.
    static func batches(count: Int) -> [Range<Int>] {
        var batches: [Range<Int>] = []
        var start = 0, size = 8
        while start < count {
            let end = min(count, start + size)
            batches.append(start..<end)
            start = end
            size = min(size * 2, 256)
        }
        return batches
    }

    private func run() {
        let cache = ExtractionCache(policy: policy, roots: roots, extractorVersion: Extractor.version)
        let (files, extractor) = (expansion.files, self.extractor)
        var progress = LibraryProgress(total: files.count)
        progress.cacheStatus = cache.status
        var records: [UInt64: [UInt8]] = [:]
        var merging = SpeakerMerging(library: makeLibrary())
        for batch in Self.batches(count: files.count) {
            let loads = ParallelMap.map(batch) { ArticleLoad(path: files[$0], cache: cache, extractor: extractor) }
            for load in loads {
                progress.done += 1
                if case .failed = load.entry { progress.failures += 1 } else if load.hit { progress.cacheHits += 1 } else { progress.cacheMisses += 1 }
                if let record = load.record { records[record.key] = record.bytes }
            }
            var update = LibraryUpdate(firstIndex: batch.lowerBound, entries: loads.map(\.entry), progress: progress)
            update.speakers = merging.add(update)
            publish(update)
        }
        progress.cacheSave = cache.save(records)
        publish(LibraryUpdate(firstIndex: files.count, entries: [], progress: progress, speakers: merging.finish()))
        finished.signal()
    }

    private func publish(_ update: LibraryUpdate) {
        lock.withLock { queued.append(update) }
        onUpdate?()
    }
}
