/// Splits a block's frame tokens into sentences, surviving abbreviations (Mr., U.S., No. 10), initials, dotted
/// abbreviations written without spaces (`D-N.Y.`) and quotes; a parenthesis closing a sentence (`… in 1928.)`) ends it,
/// and one opening a sentence (`… ends? (On Wednesday, …`) starts one.
enum SentenceSplitter {
    /// Past this many tokens a sentence ends at the next punctuation mark: no real sentence is that long,
    /// and it keeps the per-sentence work of attribution bounded, so cost stays linear on any input.
    static let softLimit = 200
    /// Past this many tokens a sentence ends wherever it is.
    static let hardLimit = 400

    /// Replaces the contents of `sentences` with the token ranges of the sentences (keeping its storage).
    static func split(_ tokens: [Token], quotes: [QuoteSpan], scalars: [Unicode.Scalar], into sentences: inout [Range<Int>]) {
        tokens.withUnsafeBufferPointer { split($0, quotes: quotes, scalars: scalars, into: &sentences) }
    }

    /// `split` on the tokens' storage, without index checks (every read is bounded by the token count).
    private static func split(_ tokens: UnsafeBufferPointer<Token>, quotes: [QuoteSpan], scalars: [Unicode.Scalar], into sentences: inout [Range<Int>]) {
        sentences.clearKeepingStorage()
        var start = headlineEnd(tokens)
        if start > 0 { sentences.append(0..<start) }
        var index = start
        while index < tokens.count {
            // A word, number or possessive ends a sentence only at the hard limit, so runs of them are passed over
            // in a loop of their own up to the token where the sentence reaches it.
            let hardEnd = min(tokens.count, start + hardLimit - 1)
            while index < hardEnd, tokens[index].kind != .punctuation, tokens[index].kind != .quote { index += 1 }
            guard index < tokens.count else { break }
            let length = index + 1 - start
            let kind = tokens[index].kind
            let overlong = length >= hardLimit || (length >= softLimit && kind == .punctuation)
            if overlong || ((kind == .punctuation || kind == .quote) && endsSentence(tokens, index, quotes: quotes, scalars: scalars)) {
                sentences.append(start..<(index + 1))
                start = index + 1
            }
            index += 1
        }
        if start < tokens.count { sentences.append(start..<tokens.count) }
    }

    /// The end of an all-capitals headline opening a block (`FLOODS CLOSE RAIL LINE Network Rail said …`, the style of
    /// news digests): three or more all-capitals words, then a capitalised word in mixed case or a quotation; 0 when
    /// there is none.
    private static func headlineEnd(_ tokens: UnsafeBufferPointer<Token>) -> Int {
        var capitalsWords = 0
        for index in tokens.indices {
            let token = tokens[index]
            if token.kind == .word && token.isAllCaps {
                capitalsWords += 1
            } else if token.kind == .number || token.kind == .possessive || (token.kind == .word && token.isCapitalised && token.end - token.start == 1)
                        || (token.kind == .punctuation && headlinePunctuation.contains(token.key)) {
                continue
            } else {
                let opens = token.kind == .quote || (token.kind == .word && token.isCapitalised)
                return capitalsWords >= 3 && opens ? index : 0
            }
        }
        return 0
    }

    /// The keys of the punctuation a headline may hold: `,`, `:`, `-`, `&`, `'` and `’`.
    private static let headlinePunctuation: Set<UInt64> = [44, 58, 45, 38, 39, 0x2019]

    /// Whether the sentence ends after the token at `index`.
    private static func endsSentence(_ tokens: UnsafeBufferPointer<Token>, _ index: Int, quotes: [QuoteSpan], scalars: [Unicode.Scalar]) -> Bool {
        guard index + 1 < tokens.count else { return false }
        let token = tokens[index]
        let next = tokens[index + 1]
        let nextStarts = next.isCapitalised || next.kind == .quote || next.kind == .number
            || next.isPunctuation("(") && index + 2 < tokens.count && tokens[index + 2].isCapitalised
        switch token.kind {
        case .punctuation:
            if token.key == 33 || token.key == 63 { return nextStarts }
            if token.key == 41, index > 0, tokens[index - 1].kind == .punctuation, [33, 46, 63].contains(tokens[index - 1].key) {
                return nextStarts
            }
            guard token.key == 46 else { return false }
            if next.kind == .word, next.start == token.end { return false }
            guard nextStarts, index > 0 else { return nextStarts }
            let previous = tokens[index - 1]
            if previous.kind == .word, previous.end == token.start {
                let opener = next.kind == .word && FunctionWordLexicon.sentenceOpeners.contains(next.key)
                if previous.lexicons.contains(.abbreviation) { return opener }
                if previous.end - previous.start == 1, previous.isCapitalised { return false }
                if previous.isAllCaps, previous.end - previous.start <= 3, scalars[previous.start..<previous.end].contains(".") { return next.kind == .quote || opener }
            }
            return true
        case .quote:
            let quote = quotes[Int(token.key)]
            guard quote.contentEnd > quote.contentStart else { return false }
            var last = quote.contentEnd - 1
            while last > quote.contentStart, scalars[last] == "\u{2026}" || scalars[last] == ")" { last -= 1 }
            let terminal = scalars[last] == "." || scalars[last] == "!" || scalars[last] == "?" || scalars[quote.contentEnd - 1] == "\u{2026}"
            return terminal && (next.isCapitalised || next.kind == .quote) && !startsAttribution(tokens, index + 1, scalars)
        default:
            return false
        }
    }

    /// Whether the tokens from `index` read as an attribution that belongs to the quote before ("He said.",
    /// "Miller, a retired worker, said pleasantly …", "Rep. Glenn Thompson, R-Pa., said of …"), not a cue with a
    /// clause of its own ("Many in the crowd said the senator …").
    private static func startsAttribution(_ tokens: UnsafeBufferPointer<Token>, _ index: Int, _ scalars: [Unicode.Scalar]) -> Bool {
        if appositionThenCue(tokens, index, scalars) { return true }
        var cursor = index
        let limit = min(tokens.count, index + 5)
        while cursor < limit {
            let token = tokens[cursor]
            if token.kind == .word, token.lexicons.contains(.cue), !token.isCapitalised {
                return cursor + 1 >= tokens.count || tokens[cursor + 1].kind == .punctuation || cursor > index && !opensClause(tokens[cursor + 1])
            }
            if token.kind == .quote || (token.kind == .punctuation && token.key != 46) { return false }
            cursor += 1
        }
        return false
    }

    /// Whether a word after a cue opens what was said (`… Many in the crowd said the senator …`, `She said that …`),
    /// so the cue starts a sentence of its own rather than closing the quotation before.
    private static func opensClause(_ token: Token) -> Bool {
        token.opensClause || token.isLowercaseWord && token.lexicons.contains(.determiner)
    }

    /// Whether a name, an apposition between commas and a bare speech cue follow (`Miller, a retired worker, said.`,
    /// `…, said of …`, `…, said pleasantly`): a cue that goes on with a clause (`…, said the campaign has …`) or
    /// introduces a quotation (`…, added: "…"`), or another verb (`…, agreed.`), opens a sentence.
    private static func appositionThenCue(_ tokens: UnsafeBufferPointer<Token>, _ index: Int, _ scalars: [Unicode.Scalar]) -> Bool {
        var cursor = index
        while cursor < tokens.count, cursor - index < 5, tokens[cursor].kind == .word || tokens[cursor].isPunctuation(".") { cursor += 1 }
        guard cursor > index, cursor < tokens.count, tokens[index].isCapitalised, tokens[cursor].isPunctuation(",") else { return false }
        let limit = min(tokens.count, cursor + 16)
        cursor += 1
        while cursor < limit {
            let token = tokens[cursor]
            if token.kind == .quote || token.isPunctuation(";") || token.isPunctuation(":") { return false }
            if token.kind == .word, !token.isCapitalised, token.lexicons.contains(.plainSubjectCue), tokens[cursor - 1].isPunctuation(",") {
                guard cursor + 1 < tokens.count else { return true }
                let next = tokens[cursor + 1]
                let introducesQuote = cursor + 2 < tokens.count && tokens[cursor + 2].kind == .quote
                return next.isPunctuation(".") || next.isPunctuation(",") && !introducesQuote || next.key == Analysis.of
                    || next.isLowercaseWord && next.end - next.start > 4 && scalars[next.end - 2] == "l" && scalars[next.end - 1] == "y"
            }
            cursor += 1
        }
        return false
    }
}
