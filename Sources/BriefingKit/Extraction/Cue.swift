/// A cue found in the frame text: the verb (with its particle) that attributes speech.
struct Cue: Sendable {
    /// The cue's first token.
    var index: Int
    /// Just past its last token.
    var end: Int
    /// Its lexicon entry.
    var entry: CueEntry
    /// Whether it is `according to`, whose source follows it.
    var isAccording: Bool
}

extension Analysis {
    /// The cue starting at token `index`, if there is one (inlined, so most words are turned away without a call).
    @inline(__always)
    func cue(at index: Int, _ sentence: Range<Int>, parser: PhraseParser) -> Cue? {
        guard parser.tokens[index].kind == .word, parser.tokens[index].lexicons.contains(.cue) else { return nil }
        return cueForm(at: index, sentence, parser: parser)
    }

    /// The cue starting at token `index`, a word of the cue lexicon, if its particle fits.
    private func cueForm(at index: Int, _ sentence: Range<Int>, parser: PhraseParser) -> Cue? {
        let token = parser.tokens[index]
        guard let entry = parser.cues.entry(token.key) else { return nil }
        let according = token.key == Analysis.according
        if token.isCapitalised, !according { return nil }
        if isNaming(at: index, sentence, parser: parser) { return nil }
        let next = index + 1 < sentence.upperBound ? parser.tokens[index + 1] : nil
        if isSetPhrase(index, next: next, sentence, parser: parser) { return nil }
        // `three notes of music`, `two calls`: a plural noun after a count, no verb.
        if parser.scalars[token.end - 1] == "s", index > sentence.lowerBound + 1, isCount(index - 1, parser.tokens) { return nil }
        // Cue words that are as often nouns (`phone calls`, `his claims`, `the claim`): cues only between a subject
        // and an object.
        if token.key == Analysis.calls || token.key == Analysis.claims || token.key == Analysis.claim,
           !(next.map(isObjectStart) ?? false) || !endsSubject(index - 1, sentence, parser: parser) { return nil }
        if let next, next.isLowercaseWord, parser.cues.excludes(entry, next.key) { return nil }
        if entry.takesThings, takesThing(after: index, sentence, parser: parser) { return nil }
        if entry.takesAmounts, let next, isAmount(next, parser.scalars), !isSubjectOfClause(amountEnd(index + 1, sentence, parser.tokens), sentence, parser.tokens) { return nil }
        if let required = entry.requiredParticle {
            guard let next, next.kind == .word, next.key == required else { return nil }
            if according, isMeasure(after: index + 2, sentence, parser: parser) { return nil }
            if parser.lexicons.goForms.contains(token.key), !opensSpeech(at: index + 2, sentence, parser.tokens) { return nil }
            return Cue(index: index, end: index + 2, entry: entry, isAccording: according)
        }
        if let next, next.kind == .word, parser.cues.joins(entry, next.key) {
            return Cue(index: index, end: index + 2, entry: entry, isAccording: false)
        }
        return Cue(index: index, end: index + 1, entry: entry, isAccording: false)
    }

    /// Number words that count a plural noun (`three notes`).
    private static let counts = WordList("two three four five six seven eight nine ten eleven twelve twenty dozen hundred")

    /// Whether the token at `index` counts what follows: a number word, or a number after a lower-case word (`used 3
    /// notes`, not `Isaiah 45:1 reads` or `Article 33 says`).
    private func isCount(_ index: Int, _ tokens: UnsafeBufferPointer<Token>) -> Bool {
        let token = tokens[index]
        return token.isLowercaseWord && Analysis.counts.contains(token.key) || token.kind == .number && tokens[index - 1].isLowercaseWord
    }

    /// Whether the words after `according to` (an article or possessive allowed first) are a measure, not a source.
    private func isMeasure(after start: Int, _ sentence: Range<Int>, parser: PhraseParser) -> Bool {
        let tokens = parser.tokens
        var index = start
        if index < sentence.upperBound, tokens[index].isLowercaseWord, tokens[index].lexicons.contains(.determiner) { index += 1 }
        guard index < sentence.upperBound, tokens[index].isLowercaseWord else { return false }
        return parser.lexicons.measures.contains(tokens[index].key)
    }

    /// Whether a thing stands among the few words after a cue that takes things, before any punctuation, quotation,
    /// preposition or verb.
    private func takesThing(after index: Int, _ sentence: Range<Int>, parser: PhraseParser) -> Bool {
        let tokens = parser.tokens
        guard let thing = ((index + 1)..<min(sentence.upperBound, index + 7)).first(where: { endsObject(tokens[$0]) || parser.lexicons.things.contains(tokens[$0].key) }),
              !endsObject(tokens[thing]) else { return false }
        return !isSubjectOfClause(thing, sentence, tokens)
    }

    /// Whether a thing or amount at `index` is the subject of what was said (`claimed losses were hidden`, `concede a
    /// loss of that size could …`, `added 40% were …`): an auxiliary or `be` follows it before its object ends.
    private func isSubjectOfClause(_ index: Int, _ sentence: Range<Int>, _ tokens: UnsafeBufferPointer<Token>) -> Bool {
        for next in (index + 1)..<min(sentence.upperBound, index + 6) {
            let token = tokens[next]
            if isAuxiliaryOrBe(token) { return true }
            if endsObject(token), token.key != Analysis.of { return false }
        }
        return false
    }

    /// The last token of the amount at `index`: its per cent sign, if one follows.
    private func amountEnd(_ index: Int, _ sentence: Range<Int>, _ tokens: UnsafeBufferPointer<Token>) -> Int {
        index + 1 < sentence.upperBound && tokens[index + 1].isPunctuation("%") ? index + 1 : index
    }

    /// Whether a token is an amount, a number that is not a year (`0.5`, `255,000`; not `2005`).
    private func isAmount(_ token: Token, _ scalars: [Unicode.Scalar]) -> Bool {
        guard token.kind == .number else { return false }
        guard token.end - token.start == 4 else { return true }
        let century = (scalars[token.start], scalars[token.start + 1])
        return !(century == ("1", "9") || century == ("2", "0"))
    }

    /// Whether a token ends the object a thing may stand in: anything but a word, number or possessive, an auxiliary,
    /// `be`, a preposition, a subordinator or `that`.
    private func endsObject(_ token: Token) -> Bool {
        guard token.kind == .word || token.kind == .number || token.kind == .possessive else { return true }
        return isAuxiliaryOrBe(token) || token.kind == .word
            && (token.lexicons.contains(.preposition) || token.listed(in: .subordinator) || token.key == Analysis.that)
    }

    /// Whether a token is an auxiliary or a finite form of `be`, which starts a verb.
    private func isAuxiliaryOrBe(_ token: Token) -> Bool {
        token.kind == .word && (token.listed(in: .auxiliary) || token.listed(in: .finiteBe))
    }

    /// Whether the token at `index`, after `went on`, carries speech on: punctuation, a quotation, `to`, `that` or a
    /// pronoun.
    private func opensSpeech(at index: Int, _ sentence: Range<Int>, _ tokens: UnsafeBufferPointer<Token>) -> Bool {
        guard index < sentence.upperBound else { return true }
        let token = tokens[index]
        guard token.kind == .word else { return true }
        return token.isLowercaseWord && (token.key == Analysis.to || token.key == Analysis.that || token.lexicons.contains(.pronoun))
    }

    /// Whether the cue word is part of a set phrase that reports nothing: `all told,`, `time will tell`, `Having said
    /// that,` (or `this`) and `That said,` (inlined: the cue test asks this of every cue word, and most are none of
    /// these words).
    @inline(__always)
    private func isSetPhrase(_ index: Int, next: Token?, _ sentence: Range<Int>, parser: PhraseParser) -> Bool {
        guard index > sentence.lowerBound, let next else { return false }
        let before = parser.tokens[index - 1]
        guard before.kind == .word else { return false }
        let key = parser.tokens[index].key
        if key == Analysis.told { return next.isPunctuation(",") && before.key == Analysis.all }
        if key == Analysis.tell { return before.key == Analysis.will && index - 2 >= sentence.lowerBound && parser.tokens[index - 2].key == Analysis.time }
        guard key == Analysis.said else { return false }
        if before.key == Analysis.that { return index - 1 == sentence.lowerBound && next.isPunctuation(",") }
        return before.key == Analysis.having && next.kind == .word && (next.key == Analysis.that || next.key == Analysis.this)
            && index + 2 < sentence.upperBound && parser.tokens[index + 2].isPunctuation(",")
    }

    /// Whether a token can open the object of `calls` or `claim` (`calls it`, `calls the plan`, `claims that`,
    /// `calls “…”`), which tells the verb from the noun (`phone calls over the net`, `his claims were`).
    private func isObjectStart(_ token: Token) -> Bool {
        token.kind == .quote || token.kind == .word && (token.isCapitalised || token.lexicons.contains(.determiner)
            || token.lexicons.contains(.pronoun) || Analysis.objectPronouns.contains(token.key) || token.key == Analysis.for || token.key == Analysis.on)
    }

    /// Whether the token before `calls` or `claim` can end its subject (`Napster claims`, `he calls`, `the suit
    /// claims`, `McIlroy now claims`) rather than make it a noun (`amid fresh claims`, `investigated claims`).
    private func endsSubject(_ index: Int, _ sentence: Range<Int>, parser: PhraseParser) -> Bool {
        guard index >= sentence.lowerBound else { return false }
        let token = parser.tokens[index]
        if token.isPunctuation(",") || token.isPunctuation(")") || token.kind == .quote { return true }
        guard token.kind == .word else { return false }
        if Analysis.modifiesNoun(index, sentence.lowerBound, parser.tokens) { return false }
        return token.isCapitalised || token.lexicons.contains(.pronoun) || token.lexicons.contains(.skippable) || parser.headKind(token) != nil
    }

    /// Whether a party or nation word modifies the noun after it (`renewed Republican calls for`, `Democratic
    /// support`, `The Democratic plan`, `British hopes`): `Democratic` always, and `Republican`, `Conservative`,
    /// `Liberal` or `British` with no article before it (after one they may be people: `a Republican said`, `the
    /// British say`).
    static func modifiesNoun(_ index: Int, _ lowerBound: Int, _ tokens: UnsafeBufferPointer<Token>) -> Bool {
        let token = tokens[index]
        guard token.kind == .word, token.isCapitalised else { return false }
        if partyAdjectives.contains(token.key) { return true }
        guard partyWords.contains(token.key) || nationAdjectives.contains(token.key) else { return false }
        return index == lowerBound || tokens[index - 1].kind != .word || !tokens[index - 1].lexicons.contains(.determiner)
    }

    /// Party words that are only adjectives.
    static let partyAdjectives = WordList("democratic")
    /// Party words that are adjectives or, after an article, people.
    static let partyWords = WordList("republican conservative liberal")
    /// Nation words that are adjectives (`British hopes were dashed`) or, after an article, a people (`the British say`).
    static let nationAdjectives = WordList("british english scottish welsh irish french spanish dutch")

    /// Where the cue is written, from its verb to its last particle.
    func cueRange(_ cue: Cue, parser: PhraseParser) -> TextRange {
        TextRange(start: parser.tokens[cue.index].start, end: parser.tokens[cue.end - 1].end)
    }
}
