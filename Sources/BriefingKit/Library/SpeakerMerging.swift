/// The loader's side of merging speakers across a library, off the reader's thread.
///
/// While loading, speakers are merged again each time four times as many articles have loaded as at the
/// last merge (so a big folder is merged a handful of times, not per batch), and once more at the end.
struct SpeakerMerging {
    /// The library as loaded so far.
    private var library: Library
    /// How many articles the last merge covered.
    private var mergedCount = 0
    /// How many articles have loaded.
    private var loadedCount = 0

    /// Follows a library that has not loaded yet.
    init(library: Library) {
        self.library = library
    }

    /// Takes in a batch; returns the speakers merged again when enough articles loaded since the last merge.
    mutating func add(_ update: LibraryUpdate) -> LibrarySpeakers? {
        library.apply(update)
        loadedCount += update.entries.reduce(0) { count, entry in entry.article == nil ? count : count + 1 }
        guard library.files.count > 1, loadedCount > mergedCount, loadedCount >= 4 * mergedCount else { return nil }
        return merge()
    }

    /// The final merge when articles loaded since the last one; nil when nothing changed or only one file is open.
    mutating func finish() -> LibrarySpeakers? {
        guard library.files.count > 1, loadedCount != mergedCount else { return nil }
        return merge()
    }

    private mutating func merge() -> LibrarySpeakers {
        mergedCount = loadedCount
        return LibrarySpeakers(entries: library.entries)
    }
}
