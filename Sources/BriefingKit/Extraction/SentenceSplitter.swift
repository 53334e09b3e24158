/// Splits a block's frame tokens into sentences, surviving abbreviations (Mr., U.S., No. 10), initials, dotted
/// abbreviations written without spaces (`D-N.Y.`) and quotes.
enum SentenceSplitter {
    /// Past this many tokens a sentence ends at the next punctuation mark: no real sentence is that long,
    /// and it keeps the per-sentence work of attribution bounded, so cost stays linear on any input.
    static let softLimit = 200
    /// Past this many tokens a sentence ends wherever it is.
    static let hardLimit = 400

    /// Replaces the contents of `sentences` with the token ranges of the sentences (keeping its storage).
    static func split(_ tokens: [Token], quotes: [QuoteSpan], scalars: [Unicode.Scalar], into sentences: inout [Range<Int>]) {
        sentences.removeAll(keepingCapacity: true)
        var start = 0
        if let dash = datelineDash(tokens) {
            sentences.append(0..<(dash + 1))
            start = dash + 1
        }
        var index = start
        while index < tokens.count {
            let length = index + 1 - start
            let overlong = length >= hardLimit || (length >= softLimit && tokens[index].kind == .punctuation)
            let kind = tokens[index].kind
            if overlong || ((kind == .punctuation || kind == .quote) && endsSentence(tokens, index, quotes: quotes, scalars: scalars)) {
                sentences.append(start..<(index + 1))
                start = index + 1
            }
            index += 1
        }
        if start < tokens.count { sentences.append(start..<tokens.count) }
    }

    /// The dash, with a space on each side, that ends a dateline opening the block (`WASHINGTON (AP) —`, `LONDON,
    /// England -`), which is a sentence of its own rather than the start of the first one.
    private static func datelineDash(_ tokens: [Token]) -> Int? {
        guard let first = tokens.first, first.kind == .word, first.isAllCaps else { return nil }
        var index = 1
        var inParenthesis = false
        while index < min(tokens.count - 1, 10) {
            let token = tokens[index]
            if token.kind == .word {
                guard token.isCapitalised else { return nil }
            } else if token.isPunctuation("(") || token.isPunctuation(")") {
                inParenthesis = token.isPunctuation("(")
            } else if token.isPunctuation("\u{2014}") || token.isPunctuation("\u{2013}") || token.isPunctuation("-") {
                let spaced = token.start > tokens[index - 1].end && tokens[index + 1].start > token.end
                return inParenthesis || !spaced ? nil : index
            } else if !token.isPunctuation(","), !token.isPunctuation(".") {
                return nil
            }
            index += 1
        }
        return nil
    }

    /// Whether the sentence ends after the token at `index`.
    private static func endsSentence(_ tokens: [Token], _ index: Int, quotes: [QuoteSpan], scalars: [Unicode.Scalar]) -> Bool {
        guard index + 1 < tokens.count else { return false }
        let token = tokens[index]
        let next = tokens[index + 1]
        let nextStarts = next.isCapitalised || next.kind == .quote || next.kind == .number
        switch token.kind {
        case .punctuation:
            if token.key == 33 || token.key == 63 { return nextStarts }
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
            return terminal && (next.isCapitalised || next.kind == .quote) && !startsAttribution(tokens, index + 1)
        default:
            return false
        }
    }

    /// Whether the tokens from `index` read as an attribution that belongs to the quote before ("He said.").
    private static func startsAttribution(_ tokens: [Token], _ index: Int) -> Bool {
        var cursor = index
        let limit = min(tokens.count, index + 5)
        while cursor < limit {
            let token = tokens[cursor]
            if token.kind == .word, token.lexicons.contains(.cue), !token.isCapitalised {
                return cursor + 1 >= tokens.count || tokens[cursor + 1].kind == .punctuation || cursor > index
            }
            if token.kind == .quote || (token.kind == .punctuation && token.key != 46) { return false }
            cursor += 1
        }
        return false
    }
}
