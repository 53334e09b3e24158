/// A library the benchmark has loaded, for further figures taken on it (the reader's, from the `brief` tool).
public struct LibraryBenchmarkSubject: Sendable {
    /// The library, fully loaded.
    public let library: Library
    /// The folder it was loaded from.
    public let folder: String
    /// How the benchmark names it in its lines.
    public let label: String
    /// The benchmark's own cache, already filled: loading with it again is a warm load.
    public let cache: CachePolicy
}
