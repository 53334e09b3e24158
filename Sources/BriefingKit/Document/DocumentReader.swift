/// Reads article files and folders from disk.
public enum DocumentReader {
    /// The file extensions opened when a folder is given.
    public static let articleExtensions: Set<String> = ["txt", "md", "markdown"]

    /// Reads and decodes one article file; throws a `DocumentError` naming the path when it
    /// is missing, a folder, a FIFO or device, unreadable, too large or binary.
    public static func read(path: String) throws -> SourceText {
        try ArticleTextDecoder.decode(FileLoader.load(path), path: path)
    }

    /// The article files a list of paths names: files as given (checked when read), folders
    /// searched recursively for `.txt`/`.md` files, leaving out binary and unreadable ones.
    public static func expand(paths: [String]) -> ExpandedPaths {
        var result = ExpandedPaths()
        for path in paths {
            do {
                guard try FileLoader.kind(of: path) == .directory else {
                    result.files.append(path)
                    continue
                }
            } catch {
                result.errors.append(error)
                continue
            }
            let walker = FolderWalker(folder: path, extensions: articleExtensions)
            if let error = walker.topError { result.errors.append(error) }
            result.files.append(contentsOf: walker.files.sorted())
            result.skipped.append(contentsOf: walker.skipped)
        }
        return result
    }

    /// The article files below a folder, sorted by path, leaving out binary and unreadable ones.
    public static func articleFiles(inFolder folder: String) -> [String] {
        FolderWalker(folder: folder, extensions: articleExtensions).files.sorted()
    }
}
