/// One file of a library: still loading, loaded as an article, or failed to open.
public enum LibraryEntry: Sendable {
    /// Not read and analysed yet.
    case pending
    /// Read and analysed.
    case loaded(Article)
    /// Could not be opened; the error names the file and what to do.
    case failed(DocumentError)

    /// The article, when the entry is loaded.
    public var article: Article? {
        if case .loaded(let article) = self { return article }
        return nil
    }
}
