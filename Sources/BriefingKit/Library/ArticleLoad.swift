/// Reads one file and analyses it, from the cache when it holds the same text.
struct ArticleLoad: Sendable {
    /// The file's entry in the library.
    var entry: LibraryEntry
    /// The file's cache key and analysis bytes, to write back; nil when it failed or caching is off.
    var record: (key: UInt64, bytes: [UInt8])?
    /// Whether the analysis came from the cache.
    var hit: Bool

    /// Loads the file at `path`.
    init(path: String, cache: ExtractionCache, extractor: Extractor) {
        let source: SourceText
        do {
            source = try DocumentReader.read(path: path)
        } catch {
            entry = .failed(error as? DocumentError ?? .unreadable(path: path, reason: "\(error)"))
            record = nil
            hit = false
            return
        }
        guard cache.file != nil else {
            (entry, record, hit) = (.loaded(extractor.analyse(source)), nil, false)
            return
        }
        let key = ExtractionCache.key(of: source)
        if let article = cache.article(for: key, source: source), let bytes = cache.record(for: key) {
            (entry, record, hit) = (.loaded(article), (key, Array(bytes)), true)
        } else {
            let article = extractor.analyse(source)
            (entry, record, hit) = (.loaded(article), (key, ArticleRecord.encode(article)), false)
        }
    }
}
