/// Reported findings whose source is a document, a poll or a count (`A new poll shows …`, `The report found that …`,
/// `…, according to a count by the newspaper`), which no person says.
extension Analysis {
    /// Records the finding reported by the evidence verb at `index`, when a source noun opens its clause; whether
    /// it was recorded. A named organisation the source comes from is its speaker (`figures from the Bank of England
    /// showed …`). The word is tested inline: most words the reported-speech loop passes here are no evidence verb.
    @inline(__always)
    mutating func recordFinding(at index: Int, _ sentence: Range<Int>, block: BlockPlace, parser: PhraseParser, mentionAt: MentionMap, withQuotes: Bool) -> Bool {
        let token = parser.tokens[index]
        guard token.isLowercaseWord, token.lexicons.contains(.evidenceVerb), index > sentence.lowerBound else { return false }
        return recordFinding(ofVerb: index, sentence, block: block, parser: parser, mentionAt: mentionAt, withQuotes: withQuotes)
    }

    /// `recordFinding` for the lower-case evidence verb at `index`, after the sentence's first token.
    private mutating func recordFinding(ofVerb index: Int, _ sentence: Range<Int>, block: BlockPlace, parser: PhraseParser, mentionAt: MentionMap,
                                        withQuotes: Bool) -> Bool {
        let tokens = parser.tokens
        guard let source = findingSource(before: index, sentence, parser: parser) else { return false }
        let verb = Cue(index: index, end: index + 1, entry: CueEntry(optionalParticles: 0..<0, requiredParticle: nil, isGerund: false), isAccording: false)
        let start = clauseStart(after: verb, sentence, parser: parser)
        guard start < sentence.upperBound, tokens[start].kind != .punctuation else { return false }
        // `websites found by indexing the web`, `results that can be found on the net`: a passive finds nothing
        // (a margin, `found by 43%-41%, the public …`, still opens a finding).
        if start == verb.end, tokens[start].isLowercaseWord, tokens[start].lexicons.contains(.preposition),
           start + 1 >= sentence.upperBound || tokens[start + 1].kind != .number { return false }
        let end = trimmedEnd(start, sentence.upperBound, tokens)
        guard wordCount(start, end, tokens) >= 3, !withQuotes || !containsQuote(start, end, tokens) else { return false }
        let entity = sourceOrganisation(after: source.head, before: index, sentence, parser: parser, mentionAt: mentionAt)
            ?? registry.resolveDescription(text(tokens[source.start].start, tokens[source.head].end), kind: .organisation, at: tokens[source.start].start)
        record(entity, .reported, cue: cueRange(verb, parser: parser), block: block, from: tokens[start].start, to: tokens[end - 1].end, speaks: false)
        return true
    }

    /// Prepositions that tie a source to whom it comes from (`figures from the Bank`, `a survey by Gallup`).
    private static let sourceLinks = WordList("from by")

    /// The named organisation that closes a source phrase after `from` or `by` (`figures from the Bank of England`,
    /// `a study by Media Matters`), if there is one; `a survey of Republicans` is about them, not by them.
    private mutating func sourceOrganisation(after head: Int, before index: Int, _ sentence: Range<Int>, parser: PhraseParser, mentionAt: MentionMap) -> Int? {
        let tokens = parser.tokens
        let last = Analysis.subjectEnd(before: index, sentence, parser: parser)
        guard last > head + 1, tokens[head + 1].isLowercaseWord, Analysis.sourceLinks.contains(tokens[head + 1].key),
              let phrase = Analysis.subjectPhrase(of: index, isAccording: false, sentence, parser: parser), phrase.kind == .name, phrase.start > head + 1,
              let entity = resolve(phrase, parser: parser, mentionAt: mentionAt), registry.entities[entity].kind == .organisation else { return nil }
        return entity
    }

    /// The source noun phrase of an evidence verb: the words back to the clause's start (a comma or the sentence
    /// start), when one of them is a source noun; its first word (after an article) and its head.
    private func findingSource(before index: Int, _ sentence: Range<Int>, parser: PhraseParser) -> (start: Int, head: Int)? {
        let tokens = parser.tokens
        let last = Analysis.subjectEnd(before: index, sentence, parser: parser)
        var head: Int?
        var start = last
        while start >= sentence.lowerBound, last - start < 20, tokens[start].kind != .punctuation || tokens[start].isPunctuation("/"),
              tokens[start].kind != .quote {
            if head != nil, endsSourcePhrase(tokens[start]) { break }
            if tokens[start].isLowercaseWord || tokens[start].isCapitalised, tokens[start].kind == .word, EvidenceLexicon.sources.contains(tokens[start].key) {
                head = start
            }
            start -= 1
        }
        guard let head else { return nil }
        start += 1
        while start < head, tokens[start].kind == .word, tokens[start].lexicons.contains(.determiner) || tokens[start].lexicons.contains(.notName) {
            start += 1
        }
        return (start, head)
    }

    /// Whether a word read backwards from a source's head ends its phrase: a verb, a preposition, a pronoun or a
    /// subordinator (`rise in prices came despite | a government report`, `the office said although | the figures`).
    private func endsSourcePhrase(_ token: Token) -> Bool {
        guard token.isLowercaseWord else { return false }
        return token.lexicons.contains(.cue) || token.lexicons.contains(.preposition) || token.lexicons.contains(.pronoun)
            || token.listed(in: .subordinator) || token.listed(in: .beForm)
            || token.listed(in: .auxiliary)
    }

    /// The first token from `start` on that is no determiner, at most `end`: where a source's name begins.
    private func afterDeterminers(_ start: Int, before end: Int, _ tokens: UnsafeBufferPointer<Token>) -> Int {
        var start = start
        while start < end, tokens[start].kind == .word, tokens[start].lexicons.contains(.determiner) { start += 1 }
        return start
    }

    /// The source after `according to` when it is no speaker phrase (`according to a count by the newspaper`): a
    /// description entity and the end of the phrase.
    mutating func accordingSource(after cue: Cue, _ sentence: Range<Int>, parser: PhraseParser) -> (entity: Int, end: Int)? {
        let tokens = parser.tokens
        var end = cue.end
        while end < sentence.upperBound, end - cue.end < 10, tokens[end].kind == .word || tokens[end].kind == .number || tokens[end].kind == .possessive {
            end += 1
        }
        let start = afterDeterminers(cue.end, before: end, tokens)
        guard start < end, end - cue.end < 10 else { return nil }
        let entity = registry.resolveDescription(text(tokens[start].start, tokens[end - 1].end), kind: .organisation, at: tokens[start].start)
        return (entity, end)
    }
}

extension Analysis {
    /// A finding introduced by its source (`In a new survey, most voters …`): the clause after an opening `In …,`
    /// phrase that holds a poll or study; whether it was recorded.
    mutating func recordSourceOpening(_ sentence: Range<Int>, block: BlockPlace, parser: PhraseParser, withQuotes: Bool) -> Bool {
        let tokens = parser.tokens
        guard tokens[sentence.lowerBound].kind == .word, tokens[sentence.lowerBound].key == Analysis.in else { return false }
        var comma = sentence.lowerBound + 1
        var head: Int?
        while comma < sentence.upperBound, comma - sentence.lowerBound < 16, tokens[comma].kind != .quote, !tokens[comma].isPunctuation(",") {
            if tokens[comma].kind == .word, EvidenceLexicon.openingSources.contains(tokens[comma].key) { head = comma }
            comma += 1
        }
        guard let head, comma < sentence.upperBound, tokens[comma].isPunctuation(",") else { return false }
        let end = trimmedEnd(comma + 1, sentence.upperBound, tokens)
        guard wordCount(comma + 1, end, tokens) >= 3, !withQuotes || !containsQuote(comma + 1, end, tokens) else { return false }
        let first = afterDeterminers(sentence.lowerBound + 1, before: head, tokens)
        let entity = registry.resolveDescription(text(tokens[first].start, tokens[head].end), kind: .organisation, at: tokens[first].start)
        record(entity, .reported, cue: TextRange(start: tokens[sentence.lowerBound].start, end: tokens[sentence.lowerBound].end), block: block,
               from: tokens[comma + 1].start, to: tokens[end - 1].end, speaks: false)
        return true
    }
}
