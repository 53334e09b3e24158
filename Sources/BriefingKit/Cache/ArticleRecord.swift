/// Encodes an article's analysis (title, blocks, speakers, statements) without its text, and rebuilds it from the text.
enum ArticleRecord {
    /// Whether a text is stored (1) or sliced from the article by range (0).
    private static let sliced: UInt8 = 0, stored: UInt8 = 1

    /// The analysis of an article as cache bytes.
    static func encode(_ article: Article) -> [UInt8] {
        let slicer = ScalarSlicer(article)
        var writer = BinaryWriter()
        optionalString(article.title, into: &writer)
        writer.count(article.blocks.count)
        for block in article.blocks {
            writer.count(block.index)
            writer.byte(code(block.kind))
            range(block.range, text: block.text, slicer: slicer, into: &writer)
        }
        writer.count(article.speakers.count)
        var speakerIndex: [String: Int] = [:]
        for (index, speaker) in article.speakers.enumerated() {
            speakerIndex[speaker.id] = speakerIndex[speaker.id] ?? index
            writer.string(speaker.id)
            writer.string(speaker.name)
            writer.byte(code(speaker.kind))
            strings(speaker.roles, into: &writer)
            strings(speaker.aliases, into: &writer)
            writer.count(speaker.statementCount)
        }
        writer.count(article.statements.count)
        for statement in article.statements {
            writer.string(statement.id)
            if let id = statement.speakerID, let index = speakerIndex[id] {
                writer.count(index + 2)
            } else if let id = statement.speakerID {
                writer.count(1)
                writer.string(id)
            } else {
                writer.count(0)
            }
            writer.byte(code(statement.kind))
            optionalString(statement.cue, into: &writer)
            writer.count(statement.block)
            range(statement.range, text: statement.text, slicer: slicer, into: &writer)
        }
        return writer.bytes
    }

    /// The article rebuilt from cache bytes and its decoded text; throws when the bytes do not fit the text.
    static func decode(_ bytes: [UInt8], range byteRange: Range<Int>, source: SourceText) throws -> Article {
        var reader = BinaryReader(bytes, range: byteRange)
        var article = Article(source: source.path, title: nil, text: source.text, blocks: [], speakers: [], statements: [], decodingNotice: source.notice)
        let slicer = ScalarSlicer(article)
        article.title = try optionalString(&reader)
        var blocks: [Block] = []
        let blockCount = try reader.count(limit: slicer.scalarCount + 1)
        blocks.reserveCapacity(blockCount)
        for _ in 0..<blockCount {
            let index = try reader.count()
            let kind: BlockKind = try value(of: reader.byte())
            let (range, text) = try textRange(&reader, slicer: slicer)
            blocks.append(Block(index: index, kind: kind, text: text, range: range))
        }
        var speakers: [Speaker] = []
        let speakerCount = try reader.count(limit: byteRange.count)
        speakers.reserveCapacity(speakerCount)
        for _ in 0..<speakerCount {
            let id = try reader.string(), name = try reader.string()
            let kind: SpeakerKind = try value(of: reader.byte())
            let roles = try strings(&reader), aliases = try strings(&reader)
            speakers.append(Speaker(id: id, name: name, kind: kind, roles: roles, aliases: aliases, statementCount: try reader.count()))
        }
        var statements: [Statement] = []
        let statementCount = try reader.count(limit: byteRange.count)
        statements.reserveCapacity(statementCount)
        for _ in 0..<statementCount {
            let id = try reader.string()
            let speakerID: String?
            switch try reader.count(limit: speakers.count + 1) {
            case 0: speakerID = nil
            case 1: speakerID = try reader.string()
            case let tag: speakerID = speakers[tag - 2].id
            }
            let kind: StatementKind = try value(of: reader.byte())
            let cue = try optionalString(&reader)
            let block = try reader.count()
            let (range, text) = try textRange(&reader, slicer: slicer)
            statements.append(Statement(id: id, speakerID: speakerID, kind: kind, cue: cue, text: text, block: block, range: range))
        }
        guard reader.isAtEnd else { throw CacheFormatError.invalid }
        (article.blocks, article.speakers, article.statements) = (blocks, speakers, statements)
        return article
    }

    private static func code<Kind: CaseIterable & Equatable>(_ kind: Kind) -> UInt8 {
        UInt8(Array(Kind.allCases).firstIndex(of: kind) ?? 0)
    }

    private static func value<Kind: CaseIterable>(of code: UInt8) throws -> Kind {
        let cases = Array(Kind.allCases)
        guard Int(code) < cases.count else { throw CacheFormatError.invalid }
        return cases[Int(code)]
    }

    private static func range(_ range: TextRange, text: Substring, slicer: ScalarSlicer, into writer: inout BinaryWriter) {
        writer.count(range.start)
        writer.count(range.end - range.start)
        if slicer.contains(range), slicer.slice(range) == text {
            writer.byte(sliced)
        } else {
            writer.byte(stored)
            writer.string(String(text))
        }
    }

    private static func textRange(_ reader: inout BinaryReader, slicer: ScalarSlicer) throws -> (TextRange, Substring) {
        let start = try reader.count(), length = try reader.count()
        let range = TextRange(start: start, end: start + length)
        switch try reader.byte() {
        case sliced:
            guard slicer.contains(range) else { throw CacheFormatError.invalid }
            return (range, slicer.slice(range))
        case stored:
            return (range, Substring(try reader.string()))
        default:
            throw CacheFormatError.invalid
        }
    }

    private static func optionalString(_ value: String?, into writer: inout BinaryWriter) {
        if let value {
            writer.byte(1)
            writer.string(value)
        } else {
            writer.byte(0)
        }
    }

    private static func optionalString(_ reader: inout BinaryReader) throws -> String? {
        switch try reader.byte() {
        case 0: return nil
        case 1: return try reader.string()
        default: throw CacheFormatError.invalid
        }
    }

    private static func strings(_ values: [String], into writer: inout BinaryWriter) {
        writer.count(values.count)
        for value in values { writer.string(value) }
    }

    private static func strings(_ reader: inout BinaryReader) throws -> [String] {
        let count = try reader.count(limit: 1 << 16)
        var values: [String] = []
        values.reserveCapacity(count)
        for _ in 0..<count { values.append(try reader.string()) }
        return values
    }
}
