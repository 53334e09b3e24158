/// What a sentence holds, read in one pass over its tokens, so that a rule can skip the tokens (or the whole
/// sentence) at which nothing it looks for can start.
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

    /// The tokens of `sentence` (whose `tokens` this summary read) from its first word in any of `lexicons` to its
    /// last, outside which a loop that acts only at such words has nothing to do; an empty range at the sentence's
    /// end when no word is in them.
    @inline(__always)
    func span(of lexicons: LexiconBits, _ sentence: Range<Int>, _ tokens: UnsafeBufferPointer<Token>) -> Range<Int> {
        guard wordBits.rawValue & lexicons.rawValue != 0 else { return sentence.upperBound..<sentence.upperBound }
        var first = sentence.lowerBound
        while first < sentence.upperBound, !SentenceSummary.isWord(tokens[first], in: lexicons) { first += 1 }
        var end = sentence.upperBound
        while end > first, !SentenceSummary.isWord(tokens[end - 1], in: lexicons) { end -= 1 }
        return first..<end
    }

    /// Whether a token is a word in any of `lexicons`.
    @inline(__always)
    private static func isWord(_ token: Token, in lexicons: LexiconBits) -> Bool {
        token.kind == .word && token.lexicons.rawValue & lexicons.rawValue != 0
    }
}
