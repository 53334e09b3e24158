/// One article read and analysed: its text, blocks, speakers and statements.
public struct Article: Sendable, Identifiable {
    /// The path the article was read from, as given.
    public var source: String
    /// The article's title when the text has one.
    public var title: String?
    /// The decoded text (a BOM dropped, nothing else changed); every range points into it.
    public var text: String
    /// The text's Unicode scalars, for slicing by range.
    public var scalars: [Unicode.Scalar]
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
        self.scalars = Array(text.unicodeScalars)
        self.blocks = blocks
        self.speakers = speakers
        self.statements = statements
        self.decodingNotice = decodingNotice
    }

    /// Creates an article whose text's scalars are already decoded (the extractor's), so they are not decoded again.
    package init(source: String, title: String?, text: String, scalars: [Unicode.Scalar], blocks: [Block], speakers: [Speaker], statements: [Statement], decodingNotice: String?) {
        self.source = source
        self.title = title
        self.text = text
        self.scalars = scalars
        self.blocks = blocks
        self.speakers = speakers
        self.statements = statements
        self.decodingNotice = decodingNotice
    }

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
        let lower = max(0, min(range.start, scalars.count))
        let upper = max(lower, min(range.end, scalars.count))
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[lower..<upper])
        return String(view)
    }
}
