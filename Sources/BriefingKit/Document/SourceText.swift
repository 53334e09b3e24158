/// The encodings Brief can decode an article from.
public enum TextEncoding: String, Sendable, Codable {
    case utf8 = "UTF-8"
    case utf8WithBOM = "UTF-8 (BOM)"
    case utf16LittleEndian = "UTF-16LE"
    case utf16BigEndian = "UTF-16BE"
    case windows1252 = "Windows-1252"
}

/// An article file decoded to text, before analysis.
public struct SourceText: Sendable {
    /// The path the text was read from, as given.
    public var path: String
    /// The decoded text: a BOM dropped, line endings and everything else as in the file.
    public var text: String
    /// The encoding the bytes were decoded from.
    public var encoding: TextEncoding
    /// A notice for the user when decoding needed a fallback, else nil.
    public var notice: String?

    /// Creates decoded source text.
    public init(path: String, text: String, encoding: TextEncoding = .utf8, notice: String? = nil) {
        self.path = path
        self.text = text
        self.encoding = encoding
        self.notice = notice
    }
}
