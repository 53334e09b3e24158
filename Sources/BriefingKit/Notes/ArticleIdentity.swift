import Foundation

/// Which article a note belongs to: the file's absolute path and a hash of its decoded text.
public struct ArticleIdentity: Sendable, Hashable {
    /// The article file's absolute, standardised path.
    public var path: String
    /// A hash of the decoded text (`hash(of:)`), so a note finds its article again after a move.
    public var contentHash: String

    /// Creates an identity from stored values.
    public init(path: String, contentHash: String) {
        self.path = path
        self.contentHash = contentHash
    }

    /// The identity of an analysed article: its source made absolute and its text hashed.
    public init(article: Article) {
        self.init(path: Self.absolutePath(article.source), contentHash: Self.hash(of: article.text))
    }

    /// The text's XXH64 over its UTF-8 bytes, as `"xxh64:"` and 16 lowercase hex digits.
    public static func hash(of text: String) -> String {
        let hex = String(ContentHash.of(text.utf8), radix: 16)
        return "xxh64:" + String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// `path` made absolute against the current folder, with `.` and `..` resolved.
    public static func absolutePath(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.path
    }
}
