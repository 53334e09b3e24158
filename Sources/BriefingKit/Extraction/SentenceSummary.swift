/// What a sentence holds, read in one pass over its tokens, so that a rule can skip a sentence in which no token
/// can start what it looks for.
struct SentenceSummary {
    /// The union of the lexicon bits of the sentence's words (tokens of kind `.word` only: a possessive's key of 0
    /// puts it in every lexicon, and the loops skipped by this summary test the bits of words only).
    private let wordBits: LexiconBits
    /// Whether a quotation stands in the sentence.
    let hasQuote: Bool

    /// The summary of the tokens of `sentence`.
    init(_ tokens: UnsafeBufferPointer<Token>, _ sentence: Range<Int>) {
        var bits: UInt32 = 0
        var quote = false
        for index in sentence {
            let token = tokens[index]
            if token.kind == .word { bits |= token.lexicons.rawValue } else if token.kind == .quote { quote = true }
        }
        (wordBits, hasQuote) = (LexiconBits(rawValue: bits), quote)
    }

    /// Whether some word of the sentence is in `lexicon`.
    @inline(__always)
    func hasWord(in lexicon: TokenLexicon) -> Bool { wordBits.contains(lexicon) }
}
