/// The real subject when the phrase right before a cue is only the object of a preposition or a participle: the
/// antecedent of a relative clause or the name before an apposition left open, or the description they hang on.
extension Analysis {
    /// The subject that opens the sentence when the phrase before the cue is the object of a preposition inside a
    /// relative clause left open (`Mr Galloway, who on Thursday won damages from the Daily Telegraph said …`).
    static func unclosedRelativeAntecedent(before phrase: Phrase, _ sentence: Range<Int>, parser: PhraseParser) -> Phrase? {
        let tokens = parser.tokens
        guard phrase.start > sentence.lowerBound + 3, tokens[phrase.start - 1].isLowercaseWord,
              tokens[phrase.start - 1].lexicons.contains(.preposition), tokens[phrase.start - 1].key != Analysis.of else { return nil }
        var index = phrase.start - 2
        while index > sentence.lowerBound + 1 {
            let token = tokens[index]
            if token.kind == .quote || token.isPunctuation(",") && tokens[index + 1].key != Pronoun.who { return nil }
            if token.isLowercaseWord, token.key == Pronoun.who, tokens[index - 1].isPunctuation(",") {
                guard let antecedent = parser.phrase(endingAt: index - 2, lowerBound: sentence.lowerBound), antecedent.start == sentence.lowerBound,
                      antecedent.kind == .name || antecedent.kind == .role else { return nil }
                return antecedent
            }
            index -= 1
        }
        return nil
    }

    /// The full name that opens the sentence when the phrase before the cue is the object of a preposition inside an
    /// apposition left open (`Sam Lau, the communications director for the Iowa Democratic Party said …`, `Ann Lee,
    /// marketing manager at Snappy Snaps believes …`).
    static func unclosedAppositionHead(before phrase: Phrase, _ sentence: Range<Int>, parser: PhraseParser) -> Phrase? {
        let tokens = parser.tokens
        let start = nameStart(phrase, sentence, tokens)
        guard start > sentence.lowerBound + 4, tokens[start - 1].isLowercaseWord, tokens[start - 1].lexicons.contains(.preposition) else { return nil }
        var comma = start - 2
        while comma > sentence.lowerBound, tokens[comma].kind == .word { comma -= 1 }
        guard comma > sentence.lowerBound, tokens[comma].isPunctuation(","),
              tokens[comma + 1].lexicons.contains(.determiner) || ((comma + 1)..<(start - 1)).contains(where: { tokens[$0].lexicons.contains(.roleHead) }),
              let head = parser.phrase(endingAt: comma - 1, lowerBound: sentence.lowerBound), head.kind == .name,
              head.start == sentence.lowerBound, head.end - head.coreStart >= 2, !parser.isPlace(comma - 1) else { return nil }
        return head
    }

    /// Where a name phrase starts with the capitalised words joined to it by `and` and the determiner before them
    /// (`the Public and Commercial Services Union`, which a phrase read back from its end starts at `Commercial`).
    private static func nameStart(_ phrase: Phrase, _ sentence: Range<Int>, _ tokens: UnsafeBufferPointer<Token>) -> Int {
        var start = phrase.start
        guard phrase.kind == .name, start > sentence.lowerBound + 1, tokens[start - 1].isLowercaseWord, tokens[start - 1].key == Analysis.and,
              tokens[start - 2].kind == .word, tokens[start - 2].isCapitalised else { return start }
        start -= 2
        while start > sentence.lowerBound, tokens[start - 1].kind == .word, tokens[start - 1].isCapitalised { start -= 1 }
        if start > sentence.lowerBound, tokens[start - 1].isLowercaseWord, tokens[start - 1].lexicons.contains(.determiner) { start -= 1 }
        return start
    }

    /// The description opening the sentence, with what ties it to the phrase before the cue, when that phrase is
    /// the object of a preposition after it (`Citizens in most nations surveyed in a BBC poll believe …`, `Officials
    /// in Washington said …`, `The government in Paris said …`, `A letter sent to Mr Lee said …`): the people, body or
    /// document described speak, not the place, poll or addressee.
    static func descriptionBeforePreposition(_ phrase: Phrase, _ sentence: Range<Int>, parser: PhraseParser) -> Phrase? {
        let tokens = parser.tokens
        guard phrase.start > sentence.lowerBound + 1, tokens[phrase.start - 1].isLowercaseWord, tokens[phrase.start - 1].key != Analysis.of,
              tokens[phrase.start - 1].lexicons.contains(.preposition),
              let described = parser.phrase(startingAt: sentence.lowerBound, upperBound: phrase.start - 1),
              described.end < phrase.start, let tie = tie(at: described.end, phrase, parser: parser), speaks(described, tie),
              (described.end..<(phrase.start - 1)).allSatisfy({ tokens[$0].kind == .word && !tokens[$0].lexicons.contains(.cue)
                  && !tokens[$0].lexicons.contains(.beForm) && !tokens[$0].lexicons.contains(.conjunction) && !tokens[$0].lexicons.contains(.pronoun) })
        else { return nil }
        return described.extended(to: phrase.end)
    }

    /// How a description is tied to the phrase before the cue.
    private enum Tie {
        /// A preposition other than `of`, with more words before that phrase (`Citizens in most nations surveyed in`).
        case preposition
        /// A preposition right before a place (`Officials in Washington`, `Mr Lee in London`).
        case place
        /// `for` or `from` right before a place, which may end a title (`the senator from Vermont`).
        case constituency
        /// A past participle and a preposition, with no `by` or `from` before the phrase (`A letter sent to`, `A message
        /// posted on`, not `A survey published on Monday by`).
        case participle
    }

    /// The tie at `index` between a description and `phrase`, the phrase before the cue; nil when there is none.
    private static func tie(at index: Int, _ phrase: Phrase, parser: PhraseParser) -> Tie? {
        let tokens = parser.tokens
        let token = tokens[index]
        guard token.isLowercaseWord else { return nil }
        if token.lexicons.contains(.preposition) {
            guard token.key != Analysis.of else { return nil }
            if index + 1 < phrase.start { return .preposition }
            guard parser.isPlace(phrase.end - 1) else { return nil }
            return token.key == Analysis.for || token.key == Analysis.from ? .constituency : .place
        }
        guard token.lexicons.isInNoWordClass, isPastParticiple(token, parser.scalars), index + 1 < phrase.start else { return nil }
        let next = tokens[index + 1]
        guard next.isLowercaseWord, next.lexicons.contains(.preposition), next.key != Analysis.of else { return nil }
        let agent = Analysis.findingAgents.contains(next.key) || Analysis.findingAgents.contains(tokens[phrase.start - 1].key)
        return agent ? nil : .participle
    }

    /// Whether a description so tied speaks: people described always, but a role not when the place ends its title
    /// (`the senator from Vermont`, who is bound as a role); a body or a person only at a place; a document only when
    /// sent or posted (not `a review in the Times`, whose paper speaks).
    private static func speaks(_ described: Phrase, _ tie: Tie) -> Bool {
        switch described.kind {
        case .group: true
        case .role: tie != .constituency
        case .organisation: tie == .place || tie == .constituency || tie == .participle
        case .name: tie == .place || tie == .constituency
        default: false
        }
    }

    /// The description opening the sentence, with the participle and its object, when the phrase before the cue is
    /// that object (`The five unions meeting Mr Prescott want …`): the people described hold the stance, not whom
    /// they met.
    static func descriptionBeforeParticiple(_ phrase: Phrase, _ sentence: Range<Int>, parser: PhraseParser) -> Phrase? {
        let tokens = parser.tokens
        let link = phrase.start - 1
        guard link > sentence.lowerBound, tokens[link].isLowercaseWord, tokens[link].lexicons.isInNoWordClass, isIngForm(tokens[link], parser.scalars),
              let described = parser.phrase(startingAt: sentence.lowerBound, upperBound: link), described.end == link,
              described.kind == .group || described.kind == .role else { return nil }
        return described.extended(to: phrase.end)
    }
}
