/// One article read and analysed: its text, blocks, speakers and statements.
public struct Article: Sendable, Identifiable {
    /// The path the article was read from, as given.
    public var source: String
    /// The article's title when the text has one.
    public var title: String?
    /// The decoded text (a BOM dropped, nothing else changed); every range points into it.
    public var text: String
    /// Where the text's Unicode scalars fall in its UTF-8, for slicing by range.
    let offsets: ScalarOffsets
    /// The article's paragraph-level pieces, in order.
    public var blocks: [Block]
    /// Who speaks, most statements first.
    public var speakers: [Speaker]
    /// What they said, in text order.
    public var statements: [Statement]
    /// A note on how the file was decoded when it was not plain UTF-8, for the user to see.
    public var decodingNotice: String?

    /// The source path identifies the article.
    public var id: String { source }

    /// Creates an article.
    public init(source: String, title: String?, text: String, blocks: [Block], speakers: [Speaker], statements: [Statement], decodingNotice: String? = nil) {
        self.source = source
        self.title = title
        self.text = text
        self.offsets = ScalarOffsets(of: text)
        self.blocks = blocks
        self.speakers = speakers
        self.statements = statements
        self.decodingNotice = decodingNotice
    }

    /// Creates an article whose scalar offsets are already known (the extractor's), so the text is not read again.
    init(source: String, title: String?, text: String, offsets: ScalarOffsets, blocks: [Block], speakers: [Speaker], statements: [Statement], decodingNotice: String?) {
        self.source = source
        self.title = title
        self.text = text
        self.offsets = offsets
        self.blocks = blocks
        self.speakers = speakers
        self.statements = statements
        self.decodingNotice = decodingNotice
    }

    /// The number of Unicode scalars in the text (every range is within it).
    public var scalarCount: Int { offsets.scalarCount }

    /// The text's Unicode scalars, decoded on each call (use `scalarCount` for their number).
    public var scalars: [Unicode.Scalar] { Array(text.unicodeScalars) }

    /// The speaker with the given id.
    public func speaker(id: String?) -> Speaker? {
        guard let id else { return nil }
        return speakers.first { $0.id == id }
    }

    /// The statements attributed to the speaker with the given id.
    public func statements(of speakerID: String) -> [Statement] {
        statements.filter { $0.speakerID == speakerID }
    }

    /// The text at a range of scalar offsets, clamped to the article.
    public func slice(_ range: TextRange) -> String {
        let lower = max(0, min(range.start, scalarCount))
        let upper = max(lower, min(range.end, scalarCount))
        return offsets.string(text, lower, upper)
    }
}
