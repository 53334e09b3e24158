/// Splits the frame text of a block into tokens, putting one quote token where each quotation stands.
enum Tokenizer {
    /// Appends the tokens of `start..<end` to `tokens`, replacing each quotation in `quotes` by one token, and gives
    /// them their bits in `lexicons`.
    static func tokenize(_ scalars: [Unicode.Scalar], _ start: Int, _ end: Int, quotes: [(start: Int, end: Int, index: Int)], lexicons: TokenLexicons, into tokens: inout [Token]) {
        withUnsafeTemporaryAllocation(of: Token.self, capacity: TokenBatch.capacity) { buffer in
            var batch = TokenBatch(appendingTo: tokens, buffer: buffer.baseAddress!)
            tokens = []
            scalars.withUnsafeBufferPointer { tokenize($0, start, end, quotes: quotes, into: &batch) }
            batch.flush()
            tokens = batch.tokens
        }
        tokens.withUnsafeMutableBufferPointer { lexicons.assignBits($0) }
    }

    /// `tokenize` on the scalars' storage, without index checks.
    private static func tokenize(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ start: Int, _ end: Int, quotes: [(start: Int, end: Int, index: Int)], into tokens: inout TokenBatch) {
        var index = start
        var nextQuote = 0
        while index < end {
            if nextQuote < quotes.count, index >= quotes[nextQuote].start {
                let quote = quotes[nextQuote]
                tokens.append(Token(start: quote.start, end: quote.end, key: UInt64(quote.index), kind: .quote, isCapitalised: false, isAllCaps: false))
                index = max(index, quote.end)
                nextQuote += 1
                continue
            }
            // The stretch up to the next quotation (or the end), read token by token; no token crosses its end.
            let limit = nextQuote < quotes.count ? min(end, quotes[nextQuote].start) : end
            while index < limit { index = token(scalars, index, limit, &tokens) }
        }
    }

    /// Reads the token (or the space) at `index`, before `limit`, appends it and returns where reading goes on.
    @inline(__always)
    private static func token(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ index: Int, _ limit: Int, _ tokens: inout TokenBatch) -> Int {
        let scalar = scalars[index]
        if ScalarClass.isSpace(scalar) {
            return index + 1
        } else if ScalarClass.isLetter(scalar) {
            return word(scalars, index, limit, &tokens)
        } else if ScalarClass.isDigit(scalar) {
            var cursor = index + 1
            while cursor < limit, ScalarClass.isDigit(scalars[cursor]) || ((scalars[cursor] == "," || scalars[cursor] == ".") && cursor + 1 < limit && ScalarClass.isDigit(scalars[cursor + 1])) {
                cursor += 1
            }
            while cursor < limit, ScalarClass.isLetter(scalars[cursor]) { cursor += 1 }
            tokens.append(Token(start: index, end: cursor, key: WordHash.key(scalars, index, cursor), kind: .number, isCapitalised: false, isAllCaps: false))
            return cursor
        } else if ScalarClass.isApostrophe(scalar), let last = tokens.last, last.kind == .word || last.kind == .number, last.end == index {
            let possessiveEnd = index + 1 < limit && (scalars[index + 1] == "s" || scalars[index + 1] == "S") && (index + 2 >= limit || !ScalarClass.isAlphanumeric(scalars[index + 2])) ? index + 2 : index + 1
            tokens.append(Token(start: index, end: possessiveEnd, key: 0, kind: .possessive, isCapitalised: false, isAllCaps: false))
            return possessiveEnd
        } else {
            tokens.append(Token(start: index, end: index + 1, key: UInt64(scalar.value), kind: .punctuation, isCapitalised: false, isAllCaps: false))
            return index + 1
        }
    }

    /// Reads one word from `start`, appends it (and a split-off possessive) and returns where reading goes on: where
    /// the word ends, or just past the space that ends it (a space makes no token).
    private static func word(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ start: Int, _ limit: Int, _ tokens: inout TokenBatch) -> Int {
        var cursor = start + 1
        var letters = 1
        let capitalised = ScalarClass.isUppercase(scalars[start])
        var capitals = capitalised ? 1 : 0
        var key = WordHash.mix(WordHash.seed, scalars[start].value)
        while cursor < limit {
            var value = scalars[cursor].value
            if value &- 97 < 26 {
                // A run of lower-case ASCII letters, the common case, in the shortest loop (letters counted after it).
                let runStart = cursor
                repeat {
                    key = WordHash.step(key, value)
                    cursor &+= 1
                    guard cursor < limit else { break }
                    value = scalars[cursor].value
                } while value &- 97 < 26
                letters &+= cursor &- runStart
            }
            guard cursor < limit, value != 32 else { break }
            let scalar = scalars[cursor]
            if value < 128, (value | 32) &- 97 < 26 || value &- 48 < 10 {
                let upper = value &- 65 < 26
                letters += 1
                if upper { capitals += 1 }
                key = WordHash.step(key, upper ? value | 32 : value)
                cursor += 1
            } else if ScalarClass.isAlphanumeric(scalar) {
                letters += 1
                if ScalarClass.isUppercase(scalar) { capitals += 1 }
                key = WordHash.mix(key, scalar.value)
                cursor += 1
            } else if (ScalarClass.isApostrophe(scalar) || scalar == "-" || scalar == "\u{2010}") && cursor + 1 < limit && ScalarClass.isLetter(scalars[cursor + 1]) {
                if ScalarClass.isApostrophe(scalar), (scalars[cursor + 1] == "s" || scalars[cursor + 1] == "S"), cursor + 2 >= limit || !ScalarClass.isAlphanumeric(scalars[cursor + 2]) {
                    break
                }
                key = WordHash.mix(key, scalar.value)
                cursor += 1
            } else if scalar == ".", cursor - start == 1, cursor + 2 < limit, ScalarClass.isLetter(scalars[cursor + 1]), scalars[cursor + 2] == "." {
                cursor += 3
                while cursor + 1 < limit, ScalarClass.isLetter(scalars[cursor]), scalars[cursor + 1] == "." { cursor += 2 }
                let end = cursor - 1
                tokens.append(Token(start: start, end: end, key: WordHash.key(scalars, start, end), kind: .word, isCapitalised: capitalised, isAllCaps: true))
                return end
            } else {
                break
            }
        }
        tokens.append(Token(start: start, end: cursor, key: key, kind: .word, isCapitalised: capitalised, isAllCaps: letters >= 2 && capitals == letters))
        return cursor < limit && scalars[cursor] == " " ? cursor + 1 : cursor
    }
}
