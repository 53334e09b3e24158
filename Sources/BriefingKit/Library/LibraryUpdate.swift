/// A batch of loaded entries, contiguous in path order, with the progress after it.
public struct LibraryUpdate: Sendable {
    /// The index in the library of the first entry of the batch.
    public var firstIndex: Int
    /// The entries of the batch, for indices `firstIndex…`.
    public var entries: [LibraryEntry]
    /// The load's progress once this batch is applied.
    public var progress: LibraryProgress
    /// The speakers merged across every article loaded so far, when the loader merged them again after this batch.
    public var speakers: LibrarySpeakers?

    /// Creates an update.
    public init(firstIndex: Int, entries: [LibraryEntry], progress: LibraryProgress, speakers: LibrarySpeakers? = nil) {
        self.firstIndex = firstIndex
        self.entries = entries
        self.progress = progress
        self.speakers = speakers
    }
}
