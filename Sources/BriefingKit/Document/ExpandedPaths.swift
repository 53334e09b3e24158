/// The article files a list of paths names, with what could not be used.
public struct ExpandedPaths: Sendable, Equatable {
    /// The files to open: files as given, then each folder's article files sorted by path.
    public var files: [String]
    /// Paths given that do not exist or cannot be searched; each is a failure to report.
    public var errors: [DocumentError]
    /// Files and folders inside a given folder that were left out (binary, not regular, unreadable).
    public var skipped: [DocumentError]

    /// Creates an expansion result.
    public init(files: [String] = [], errors: [DocumentError] = [], skipped: [DocumentError] = []) {
        self.files = files
        self.errors = errors
        self.skipped = skipped
    }

    /// One line per skipped file for the user ("skipped a/b.txt: looks like a binary file …").
    public var notices: [String] { skipped.map { "skipped \($0.description)" } }
}
