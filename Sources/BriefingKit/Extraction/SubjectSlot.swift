/// Reading back from a cue to its subject over what may stand between them: auxiliaries and adverbs (`has also`,
/// `gingerly`), a weekday, a parenthesis (`Rep. Jim Barlow (D-Ore.) said`) and a time or setting phrase
/// (`Clinton on Tuesday said`, `Trump at the time said`).
extension Analysis {
    /// The last token of the subject slot before the cue at `cueIndex`, or below the sentence when there is none.
    static func subjectEnd(before cueIndex: Int, _ sentence: Range<Int>, parser: PhraseParser) -> Int {
        subjectSlot(before: cueIndex, sentence, parser: parser).last
    }

    /// The last token of the subject slot before the cue at `cueIndex` (below the sentence when there is none), and
    /// the phrase ending there when reading back parsed it (so `subjectPhrase` need not parse it again).
    static func subjectSlot(before cueIndex: Int, _ sentence: Range<Int>, parser: PhraseParser) -> (last: Int, phrase: Phrase?) {
        let tokens = parser.tokens
        var last = cueIndex - 1
        while last >= sentence.lowerBound {
            let token = tokens[last]
            if token.kind == .word, !token.isCapitalised || last == sentence.lowerBound,
               token.lexicons.contains(.skippable) || isAdverb(token, parser.scalars) {
                last -= 1
            } else if token.kind == .word, last > sentence.lowerBound, token.lexicons.contains(.weekday) {
                last -= 1
            } else if token.isLowercaseWord, token.key == Analysis.ago {
                last = timeAgoStart(before: last, sentence, tokens) - 1
            } else if token.isPunctuation(")"), let open = openingParenthesis(before: last, sentence, tokens), open > sentence.lowerBound {
                last = open - 1
            } else {
                break
            }
        }
        guard last >= sentence.lowerBound else { return (last, nil) }
        let direct = parser.phrase(endingAt: last, lowerBound: sentence.lowerBound)
        if let start = settingPhraseStart(endingAt: last, direct: direct, sentence, parser: parser) { return (start, nil) }
        return (last, direct)
    }

    /// Words of a time phrase ended by `ago` (`less than two weeks ago`, `a few days ago`).
    private static let timeAgoWords = WordList("""
        a an few several some many two three four five six seven eight nine ten less more than about just only nearly
        almost over under minute minutes hour hours day days week weeks month months year years decade decades
        """)

    /// The first token of the time phrase that `ago` at `index` ends.
    private static func timeAgoStart(before index: Int, _ sentence: Range<Int>, _ tokens: UnsafeBufferPointer<Token>) -> Int {
        var start = index
        while start > sentence.lowerBound + 1, tokens[start - 1].kind == .number || tokens[start - 1].isLowercaseWord && Analysis.timeAgoWords.contains(tokens[start - 1].key) {
            start -= 1
        }
        return start
    }

    /// Whether a word of five letters or more ends in -ing (`Facing`, `meeting`), a participle or gerund.
    @inline(__always)
    func isIngForm(_ token: Token) -> Bool { Analysis.isIngForm(token, scalars) }

    /// `isIngForm` for a token of `scalars`, for the rules that take no analysis (see `subjectPhrase`).
    @inline(__always)
    static func isIngForm(_ token: Token, _ scalars: [Unicode.Scalar]) -> Bool {
        token.end - token.start > 4 && scalars[token.end - 3] == "i" && scalars[token.end - 2] == "n" && scalars[token.end - 1] == "g"
    }

    /// Whether a word of `scalars` is a past participle: a regular one in -ed (`posted`), or one of the common
    /// irregular ones.
    static func isPastParticiple(_ token: Token, _ scalars: [Unicode.Scalar]) -> Bool {
        token.end - token.start > 3 && scalars[token.end - 2] == "e" && scalars[token.end - 1] == "d" || Analysis.irregularParticiples.contains(token.key)
    }

    /// Common irregular past participles (`sent`, `written`).
    static let irregularParticiples = WordList("sent written given shown seen made put left brought held drawn")

    /// Whether a lower-case word of `scalars` is an adverb in -ly ("gingerly", "quietly").
    static func isAdverb(_ token: Token, _ scalars: [Unicode.Scalar]) -> Bool {
        guard token.isLowercaseWord, token.end - token.start > 4, !token.listed(in: .lyNonAdverb) else { return false }
        return scalars[token.end - 2] == "l" && scalars[token.end - 1] == "y"
    }

    /// The `(` that opens the parenthesis closed at `close`, if it is near and in the sentence.
    static func openingParenthesis(before close: Int, _ sentence: Range<Int>, _ tokens: UnsafeBufferPointer<Token>) -> Int? {
        var index = close - 1
        while index >= sentence.lowerBound, close - index < 12 {
            if tokens[index].isPunctuation("(") { return index }
            if tokens[index].kind == .quote || tokens[index].isPunctuation(")") { return nil }
            index -= 1
        }
        return nil
    }

    /// Just past the comma that closes an opening phrase (`In an interview with the Post,`, `Facing criticism,`,
    /// `When asked,`), or a second one right after it, before `limit`, if the sentence opens with one. Its first word
    /// is tested inline, since an out-of-line call from a mutating rule copies the whole analysis first.
    @inline(__always)
    func mainClauseStart(_ sentence: Range<Int>, before limit: Int, parser: PhraseParser) -> Int? {
        let first = parser.tokens[sentence.lowerBound]
        guard first.kind == .word, first.isCapitalised, first.end - first.start > 1 else { return nil }
        let opens = first.lexicons.contains(.preposition) || first.listed(in: .subordinator) || parser.lexicons.openingAdverbs.contains(first.key)
            || isIngForm(first)
        guard opens else { return nil }
        return Analysis.openingPhraseEnd(sentence, before: limit, parser.tokens)
    }

    /// Just past the comma that closes the opening phrase of `sentence` (or a second one right after it), before
    /// `limit`.
    private static func openingPhraseEnd(_ sentence: Range<Int>, before limit: Int, _ tokens: UnsafeBufferPointer<Token>) -> Int? {
        var index = sentence.lowerBound + 1
        var start: Int?
        while index < limit, tokens[index].kind != .quote {
            if tokens[index].isPunctuation(",") {
                guard index + 1 < limit else { return start }
                start = index + 1
                // A second opening phrase right after the first (`In June 2009, after Lee fell ill, Cole wrote`).
                guard Analysis.opensPhrase(tokens[index + 1]) else { return start }
            }
            index += 1
        }
        return start
    }

    /// Whether a lower-case word opens a subordinate or prepositional phrase (`after`, `when`, `in`).
    private static func opensPhrase(_ token: Token) -> Bool {
        token.isLowercaseWord && (token.lexicons.contains(.preposition) || token.listed(in: .subordinator))
    }

    /// The `)` that closes the parenthesis opened at `open`, if it is near and in the sentence.
    func closingParenthesis(after open: Int, _ sentence: Range<Int>, _ tokens: UnsafeBufferPointer<Token>) -> Int? {
        var index = open + 1
        while index < sentence.upperBound, index - open < 12 {
            if tokens[index].isPunctuation(")") { return index }
            if tokens[index].kind == .quote || tokens[index].isPunctuation("(") { return nil }
            index += 1
        }
        return nil
    }

    /// The last token of a full name opening its clause before `from` at `index`, whose bearer speaks for where
    /// they are from (`Matthew Herren from EduVision told`, `Ann Cole from the Highland Trust said`), if one stands
    /// there. The word is tested inline: the setting-phrase loop asks this of every word it passes.
    @inline(__always)
    private static func nameBefore(from index: Int, _ sentence: Range<Int>, parser: PhraseParser) -> Int? {
        guard index > sentence.lowerBound, parser.tokens[index].isLowercaseWord, parser.tokens[index].key == Analysis.from else { return nil }
        return speakerNameEnd(beforeFrom: index, sentence, parser: parser)
    }

    /// `nameBefore(from:)` for the `from` at `index`, after the sentence's first token.
    private static func speakerNameEnd(beforeFrom index: Int, _ sentence: Range<Int>, parser: PhraseParser) -> Int? {
        let tokens = parser.tokens
        guard let speaker = parser.phrase(endingAt: index - 1, lowerBound: sentence.lowerBound), speaker.kind == .name,
              speaker.end - speaker.coreStart >= 2 else { return nil }
        // The name opens its clause; after a verb it is that verb's object (`activists clamoring to block Donald
        // Trump from the nomination say`).
        guard speaker.start == sentence.lowerBound || tokens[speaker.start - 1].kind == .punctuation
                || tokens[speaker.start - 1].isLowercaseWord && (tokens[speaker.start - 1].lexicons.contains(.conjunction) || tokens[speaker.start - 1].key == Analysis.that)
        else { return nil }
        return index - 1
    }

    /// When the words before a cue end a time or setting phrase (`on Tuesday`, `in a statement`) or a `from` phrase
    /// that follows a named speaker, the last token of that speaker; else nil. `direct` is the phrase ending at `last`.
    private static func settingPhraseStart(endingAt last: Int, direct: Phrase?, _ sentence: Range<Int>, parser: PhraseParser) -> Int? {
        let tokens = parser.tokens
        if let direct, direct.kind == .name || direct.kind == .pronoun, !parser.isPlace(last) {
            return direct.start > sentence.lowerBound + 1 ? nameBefore(from: direct.start - 1, sentence, parser: parser) : nil
        }
        var index = last
        while index > sentence.lowerBound, last - index < 6, tokens[index].kind != .punctuation, tokens[index].kind != .quote {
            if tokens[index].isLowercaseWord, tokens[index].lexicons.contains(.settingPreposition) {
                guard let speaker = parser.phrase(endingAt: index - 1, lowerBound: sentence.lowerBound),
                      speaker.kind == .name || speaker.kind == .pronoun else { return nil }
                return index - 1
            }
            if let named = nameBefore(from: index, sentence, parser: parser) { return named }
            if tokens[index].isLowercaseWord, tokens[index].lexicons.contains(.preposition) { return nil }
            if tokens[index].isLowercaseWord, tokens[index].lexicons.contains(.conjunction) { return nil }
            index -= 1
        }
        return nil
    }
}
