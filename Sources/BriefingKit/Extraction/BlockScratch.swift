/// Working storage for analysing one block, kept by the extractor between blocks so that its arrays are allocated
/// once per article rather than once per block.
struct BlockScratch {
    /// The block's quotations clipped to it: start, end and index in the article's quotations.
    var placed: [(start: Int, end: Int, index: Int)] = []
    /// The token ranges of the block's sentences.
    var sentences: [Range<Int>] = []
    /// The entity mentioned by the name or role noun ending at each token.
    var mentionAt = MentionMap(count: 0)
    /// The token lexicons, read from their lazy global once per article rather than once per block.
    let lexicons = TokenLexicons.shared
    /// The cue lexicon, read from its lazy global once per article.
    let cues = CueLexicon.table
    /// The phrase parser's word lists, read from their lazy global once per article.
    let phraseLexicons = PhraseLexicons.shared
}

extension Array {
    /// Removes every element and keeps the storage for the next block: `removeLast(count)`, about a fifth cheaper
    /// than `removeAll(keepingCapacity: true)`, and nothing at all when the array is already empty.
    @inline(__always)
    mutating func clearKeepingStorage() {
        if !isEmpty { removeLast(count) }
    }
}
