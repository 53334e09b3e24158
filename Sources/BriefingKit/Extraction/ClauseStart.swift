/// Where the clause reported after a cue starts: after `that`, an addressee and the programme or station it names,
/// and a time phrase dating the cue.
extension Analysis {
    /// Where the reported clause after a cue starts: after `that`, or after the addressee of `told`, `urged` …, and
    /// after a time phrase that dates the cue (`told MPs on Tuesday care was needed`); a `that` after a verb and a
    /// conjunction opens a second clause of what was said (`said the plan would work and that …`), not the first.
    func clauseStart(after cue: Cue, _ sentence: Range<Int>, parser: PhraseParser) -> Int {
        let tokens = parser.tokens
        var cursor = cue.end
        var sawVerb = false
        while cursor < sentence.upperBound, cursor - cue.end < 7 {
            let token = tokens[cursor]
            if token.kind == .word, token.key == Analysis.that {
                // `said it would release a toolkit that strips …`: after a verb, `that` is inside the clause.
                if sawVerb { break }
                // `said that, once the deal was done, …`: the clause starts after the comma.
                return cursor + 1 < sentence.upperBound && tokens[cursor + 1].isPunctuation(",") ? cursor + 2 : cursor + 1
            }
            if token.kind != .word && !token.isPunctuation(",") { break }
            if sawVerb, token.lexicons.contains(.conjunction) { break }
            sawVerb = sawVerb || token.lexicons.contains(.beForm) || token.listed(in: .auxiliary)
            cursor += 1
        }
        guard cue.end < sentence.upperBound, tokens[cue.index].listed(in: .addresseeCue) else { return afterTimePhrase(cue.end, sentence, tokens) }
        let first = tokens[cue.end]
        if first.kind == .word, Analysis.objectPronouns.contains(first.key) { return afterTimePhrase(cue.end + 1, sentence, tokens) }
        if let programme = programmeEnd(from: cue.end, sentence, tokens) { return afterTimePhrase(programme, sentence, tokens) }
        if cue.end == cue.index + 1, let audience = audienceEnd(from: cue.end, sentence, tokens) { return audience }
        if let object = parser.phrase(startingAt: cue.end, upperBound: sentence.upperBound) {
            return afterTimePhrase(stationEnd(after: object, sentence, tokens), sentence, tokens)
        }
        if first.kind == .word, !first.isCapitalised, cue.end + 1 < sentence.upperBound, tokens[cue.end + 1].kind == .word, tokens[cue.end + 1].key == Analysis.that || tokens[cue.end + 1].key == Analysis.to {
            return cue.end + 1
        }
        return cue.end
    }

    /// Where a named addressee ends when a number goes on with it (`told BBC News 24 the …`, `told BBC Radio 4's
    /// World At One that …`, `told BBC 6 Music the …`): past the number, a possessive, the capitalised words of a
    /// programme after it and a `that` within three words, unless a comma follows (`called Ginbot 7, …`: a name);
    /// else the phrase's end.
    private func stationEnd(after object: Phrase, _ sentence: Range<Int>, _ tokens: UnsafeBufferPointer<Token>) -> Int {
        let end = sentence.upperBound
        guard object.kind == .name, object.end + 1 < end, tokens[object.end].kind == .number else { return object.end }
        var cursor = object.end + 1
        if tokens[cursor].kind == .possessive { cursor += 1 }
        while cursor < end, tokens[cursor].kind == .word, tokens[cursor].isCapitalised { cursor += 1 }
        if let that = (cursor..<min(end, cursor + 3)).first(where: { tokens[$0].isLowercaseWord && tokens[$0].key == Analysis.that }) { cursor = that + 1 }
        return cursor < end && !tokens[cursor].isPunctuation(",") ? cursor : object.end
    }

    /// Nouns for the gathering a speaker addresses (`told a news conference`, `told the jury`).
    private static let audienceNouns = WordList("""
        conference conferences audience audiences jury hearing nation meeting rally crowd crowds summit gathering
        tribunal inquiry briefing convention congregation assembly forum seminar symposium delegates listeners viewers
        """)

    /// Prepositions before the venue of a gathering (`at the Institute`, `in New York`).
    private static let venuePrepositions = WordList("at in")

    /// Where the reported clause starts after an addressee that is a gathering (`told a news conference …`, `told
    /// his monthly press conference the matter …`, `told the hearing at the Birmingham Institute the case …`): past
    /// a few modifiers, the gathering's noun, a named venue after `at` or `in` (or up to a `that` after it), a time
    /// phrase and a `that`; nil when the words after a one-word cue are no gathering (`urged them to join the rally`).
    private func audienceEnd(from start: Int, _ sentence: Range<Int>, _ tokens: UnsafeBufferPointer<Token>) -> Int? {
        let end = sentence.upperBound
        var cursor = start
        while cursor < end, cursor - start < 4, !Analysis.audienceNouns.contains(tokens[cursor].key),
              tokens[cursor].kind == .number || tokens[cursor].kind == .possessive
                || tokens[cursor].isLowercaseWord && tokens[cursor].key != Analysis.to && !tokens[cursor].lexicons.contains(.preposition) {
            cursor += 1
        }
        guard cursor < end, tokens[cursor].isLowercaseWord, Analysis.audienceNouns.contains(tokens[cursor].key) else { return nil }
        cursor += 1
        if cursor + 1 < end, tokens[cursor].isLowercaseWord, Analysis.venuePrepositions.contains(tokens[cursor].key) {
            // `the audience at his fundraiser for veterans that …`: what was said starts after `that`.
            if let that = (cursor..<min(end, cursor + 9)).first(where: { tokens[$0].isLowercaseWord && tokens[$0].key == Analysis.that }) { return that + 1 }
            var venue = cursor + 1
            var named: Int?
            while venue < end, tokens[venue].kind == .possessive || tokens[venue].kind == .word
                    && (tokens[venue].isCapitalised || tokens[venue].key == Analysis.the || tokens[venue].key == Analysis.and) {
                if tokens[venue].isCapitalised { named = venue }
                venue += 1
            }
            if let named { cursor = named + 1 }
        }
        cursor = afterTimePhrase(cursor, sentence, tokens)
        if cursor < end, tokens[cursor].isLowercaseWord, tokens[cursor].key == Analysis.that { cursor += 1 }
        return cursor
    }

    /// Words that open a phrase dating the cue before them (`on Tuesday`, `last week`, `earlier this month`).
    private static let timeOpeners = WordList("on last this earlier")
    /// Words that date the cue alone.
    private static let timeWords = WordList("yesterday today tonight")
    /// Nouns that end a time phrase (`last week`, `on Tuesday night`).
    private static let timeEnds = WordList("week weekend month year night morning afternoon evening")

    /// The token after a time phrase at `start` (`on Tuesday`, `on Friday night`, `yesterday`, `earlier this week`)
    /// when a word other than `to` follows it (the reported clause: `… on Tuesday care was needed`); else `start`.
    private func afterTimePhrase(_ start: Int, _ sentence: Range<Int>, _ tokens: UnsafeBufferPointer<Token>) -> Int {
        let end = sentence.upperBound
        var cursor = start
        if cursor < end, tokens[cursor].isLowercaseWord, Analysis.timeWords.contains(tokens[cursor].key) {
            cursor += 1
        } else {
            while cursor < end, cursor - start < 2, tokens[cursor].isLowercaseWord, Analysis.timeOpeners.contains(tokens[cursor].key) { cursor += 1 }
            guard cursor > start, cursor < end, tokens[cursor].kind == .word else { return start }
            guard tokens[cursor].lexicons.contains(.weekday) || tokens[cursor].isLowercaseWord && Analysis.timeEnds.contains(tokens[cursor].key) else { return start }
            cursor += 1
            if cursor < end, tokens[cursor].isLowercaseWord, Analysis.timeEnds.contains(tokens[cursor].key) { cursor += 1 }
        }
        guard cursor < end, tokens[cursor].kind == .word, tokens[cursor].key != Analysis.to else { return start }
        return cursor
    }
}
