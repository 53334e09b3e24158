/// Where a block lies and what it is, without its text: all that analysing a block reads, so handing it from one
/// rule to the next retains and releases no string.
struct BlockPlace: Sendable {
    /// The block's position in the article, from 0.
    var index: Int
    /// What the block is.
    var kind: BlockKind
    /// Where the block lies in the article's decoded text.
    var range: TextRange
    /// Whether the block opens a later article of the file, which no pronoun, role noun or quotation before it reaches.
    var startsArticle: Bool

    /// The place of a block.
    init(_ block: Block, startsArticle: Bool = false) {
        index = block.index
        kind = block.kind
        range = block.range
        self.startsArticle = startsArticle
    }
}
