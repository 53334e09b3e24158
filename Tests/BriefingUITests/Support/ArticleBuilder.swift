import BriefingKit

/// Builds an article by hand for exact screen tests: blocks joined by blank lines, statements found by their text.
struct ArticleBuilder {
    /// The article's source path.
    var source = "fixtures/bridge.txt"
    /// The blocks, in order.
    private(set) var blocks: [(kind: BlockKind, text: String)] = []
    /// The speakers.
    private(set) var speakers: [Speaker] = []
    /// The statements as (id, speaker id, kind, quoted text).
    private(set) var statements: [(id: String, speaker: String?, kind: StatementKind, text: String)] = []

    /// Adds a block.
    mutating func block(_ kind: BlockKind, _ text: String) { blocks.append((kind, text)) }

    /// Adds a speaker.
    mutating func speaker(_ id: String, _ name: String, _ kind: SpeakerKind = .person, roles: [String] = []) {
        speakers.append(Speaker(id: id, name: name, kind: kind, roles: roles))
    }

    /// Adds a statement whose content is the first occurrence of `text` in the article.
    mutating func statement(_ id: String, by speaker: String?, _ kind: StatementKind, _ text: String) {
        statements.append((id, speaker, kind, text))
    }

    /// The finished article.
    func build() -> Article {
        let text = blocks.map(\.text).joined(separator: "\n\n")
        let scalars = Array(text.unicodeScalars)
        var builtBlocks: [Block] = []
        var start = 0
        for (index, block) in blocks.enumerated() {
            let length = block.text.unicodeScalars.count
            builtBlocks.append(Block(index: index, kind: block.kind, text: block.text, range: TextRange(start: start, end: start + length)))
            start += length + 2
        }
        let builtStatements = statements.map { statement in
            let needle = Array(statement.text.unicodeScalars)
            let offset = (0...(scalars.count - needle.count)).first { scalars[$0..<($0 + needle.count)].elementsEqual(needle) }!
            let block = builtBlocks.last { $0.range.start <= offset }!.index
            return Statement(id: statement.id, speakerID: statement.speaker, kind: statement.kind, cue: nil,
                             text: statement.text, block: block, range: TextRange(start: offset, end: offset + needle.count))
        }.sorted { $0.range.start < $1.range.start }
        let counted = speakers.map { speaker in
            var speaker = speaker
            speaker.statementCount = builtStatements.filter { $0.speakerID == speaker.id }.count
            return speaker
        }
        return Article(source: source, title: nil, text: text, blocks: builtBlocks, speakers: counted, statements: builtStatements)
    }
}
