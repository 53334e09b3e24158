/// What happened to the cache file when a library was loaded.
public enum CacheStatus: Sendable, Equatable {
    /// Caching is off.
    case disabled
    /// There was no cache file yet.
    case absent
    /// The cache file was valid and held this many articles.
    case valid(entries: Int)
    /// The cache file was stale, truncated or corrupt and is being rebuilt; the reason says which.
    case rejected(reason: String)
}

/// What happened when the cache was written back after loading.
public enum CacheSaveResult: Sendable, Equatable {
    /// Nothing to write: caching is off or the file already held exactly these articles.
    case unchanged
    /// The cache file was written with this many articles.
    case saved(entries: Int)
    /// Writing failed (the library is loaded regardless); the message says why.
    case failed(String)
}
