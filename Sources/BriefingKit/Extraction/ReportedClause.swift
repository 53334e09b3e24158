/// Where a reported clause starts and ends: clause openers, openings and asides before the subject, circumstances
/// after the cue, rounded numbers, a later clause holding a quotation, and word counts.
extension Analysis {
    /// Whether the words after a cue open a clause of their own (`both candidates said it was no big deal`), so the
    /// cue is not an inverted attribution of what came before it.
    func opensClause(_ start: Int, _ tokens: UnsafeBufferPointer<Token>) -> Bool {
        start < tokens.count && tokens[start].opensClause
    }

    /// Where an addressee ends that is a named outlet's programme, paper or show (`told the BBC's Today programme`,
    /// `told BBC One's Breakfast with Frost programme`, `told Radio 4's Today programme`): capitalised words, numbers
    /// after them, possessives and the linking words of a
    /// title up to the medium's noun, and a `that` or the programme's own title soon after it; nil when the words
    /// after the cue are no such title.
    func programmeEnd(from start: Int, _ sentence: Range<Int>, _ tokens: UnsafeBufferPointer<Token>) -> Int? {
        var cursor = start
        var named = false
        while cursor < sentence.upperBound, cursor - start < 9 {
            let token = tokens[cursor]
            if token.kind == .possessive || token.kind == .word && token.isCapitalised || token.kind == .number && named {
                named = named || token.kind == .word
            } else if token.isLowercaseWord, Analysis.media.contains(token.key) {
                guard named, cursor + 1 < sentence.upperBound, tokens[cursor + 1].kind == .word else { return nil }
                return thatClause(after: cursor + 1, sentence, tokens) ?? titleAfterMedium(cursor + 1, sentence, tokens) ?? cursor + 1
            } else if !(token.isLowercaseWord && Analysis.titleLinks.contains(token.key) && (cursor > start || token.key == Analysis.the)) {
                return nil
            }
            cursor += 1
        }
        return nil
    }

    /// Just past the title that follows the medium's noun when a pronoun or question word opens the clause after it
    /// (`the BBC World Service programme Go Digital he hoped`, `… Go Digital how the group works`).
    private func titleAfterMedium(_ start: Int, _ sentence: Range<Int>, _ tokens: UnsafeBufferPointer<Token>) -> Int? {
        var cursor = start
        while cursor < sentence.upperBound, cursor - start < 5, tokens[cursor].kind == .word, tokens[cursor].isCapitalised { cursor += 1 }
        guard cursor > start, cursor < sentence.upperBound, tokens[cursor].isLowercaseWord,
              tokens[cursor].lexicons.contains(.pronoun) || Analysis.indirectQuestionWords.contains(tokens[cursor].key) else { return nil }
        return cursor
    }

    /// Just past a `that` among the few words after an addressee (`newspaper of Charleston on Saturday that …`).
    private func thatClause(after start: Int, _ sentence: Range<Int>, _ tokens: UnsafeBufferPointer<Token>) -> Int? {
        var cursor = start
        while cursor < sentence.upperBound, cursor - start < 6, tokens[cursor].kind == .word {
            if tokens[cursor].key == Analysis.that { return cursor + 1 }
            cursor += 1
        }
        return nil
    }

    /// Words that open an indirect question (`told the show how it works`).
    static let indirectQuestionWords = WordList("how what why whether when where which who")
    /// Nouns for an outlet's programme or publication, which end an addressee's title.
    static let media = WordList("programme program show newspaper paper magazine station channel podcast website broadcast")
    /// Lower-case words inside a title (`Breakfast with Frost`, `Face the Nation`).
    static let titleLinks = WordList("the with of on and at in")

    /// Whether the words before a subject's comma are an opening phrase rather than a clause that was said (`The plan
    /// will fail,`): one with no verb (`Hours before the vote,`, `In Ohio on Monday,`), opening with a preposition or a
    /// time noun and holding no auxiliary or form of `be`, or a lone subordinate clause (`Although the group had paid a
    /// fee,`), which no main clause follows before the comma.
    static func isOpeningPhrase(_ start: Int, _ comma: Int, _ tokens: UnsafeBufferPointer<Token>) -> Bool {
        let first = tokens[start]
        guard first.kind == .word else { return false }
        if first.listed(in: .subordinator) {
            return !(start..<comma).contains { tokens[$0].isPunctuation(",") || tokens[$0].isPunctuation(";") }
        }
        guard first.lexicons.contains(.preposition) || PhraseParser.timeNouns.contains(first.key) else { return false }
        return !(start..<comma).contains { tokens[$0].kind == .word && (tokens[$0].lexicons.contains(.skippable) || tokens[$0].lexicons.contains(.beForm)) }
    }

    /// `which`, after `to` opening a clause of its own (`…, to which X replied`).
    static let relativeWhich = WordList("which")

    /// The comma before the first quotation in `start..<end` that opens another clause there (`… would go ahead,
    /// although he tweeted that he “…”`, `…, to which O'Malley interjected: “…”`, `…, adding: “…”`), so the reported
    /// clause can end before the quotation that clause holds; nil when there is none.
    func clauseBreak(before start: Int, _ end: Int, _ tokens: UnsafeBufferPointer<Token>) -> Int? {
        guard let quote = (start..<end).first(where: { tokens[$0].kind == .quote }) else { return nil }
        var comma = quote - 1
        while comma > start {
            if tokens[comma].isPunctuation(","), comma + 1 < quote, tokens[comma + 1].isLowercaseWord {
                let next = tokens[comma + 1]
                let opens = next.listed(in: .subordinator) || next.lexicons.contains(.conjunction)
                    || next.key == Analysis.to && comma + 2 < quote && Analysis.relativeWhich.contains(tokens[comma + 2].key)
                    || next.lexicons.contains(.cue) && CueLexicon.table.entry(next.key)?.isGerund == true
                if opens { return comma }
            }
            comma -= 1
        }
        return nil
    }

    /// Whether a quotation token lies in `start..<end` (a programme's or work's title does not count).
    @inline(__always)
    func containsQuote(_ start: Int, _ end: Int, _ tokens: UnsafeBufferPointer<Token>) -> Bool {
        guard start < end else { return false }
        return tokens[start..<end].contains { $0.kind == .quote && !attributions[Int($0.key)].isWorkTitle }
    }

    /// Whether the words after a plain `say` or `report` are a circumstance rather than what was said: `said of the
    /// plan`, `said about it`, a time clause of any length (`said during his campaign speech to …`, `said while …`),
    /// or a short setting clause (`said in an interview`, `said as she left`).
    func isCircumstance(_ start: Int, _ end: Int, cue: Int, _ tokens: UnsafeBufferPointer<Token>) -> Bool {
        guard Analysis.bareSayCues.contains(tokens[cue].key), !approximates(start, end, tokens) else { return false }
        let key = tokens[start].key
        if key == Analysis.of || key == Analysis.about || FunctionWordLexicon.circumstanceOpeners.contains(key) { return true }
        guard tokens[start].listed(in: .preposition) || FunctionWordLexicon.subordinators.contains(key) else { return false }
        return wordCount(start, trimmedEnd(start, end, tokens), tokens) < 8
    }

    /// Words that open an aside about a plain subject, between commas before its cue.
    static let appositionOpeners = WordList("including who among many most some all both")

    /// The comma that opens an aside about the subject closed by the comma at `close` (`Six newspapers, including the
    /// Park Press, said`, `Critics, who fear the cost, say`, `Democrats, many of them …, argue`), if one does within a
    /// dozen tokens and after the sentence's first word.
    func appositionOpening(before close: Int, _ sentence: Range<Int>, _ tokens: UnsafeBufferPointer<Token>) -> Int? {
        var index = close - 1
        while index > sentence.lowerBound, close - index < 12 {
            let token = tokens[index]
            if token.kind == .quote { return nil }
            if token.isPunctuation(",") {
                return index + 1 < close && tokens[index + 1].isLowercaseWord && Analysis.appositionOpeners.contains(tokens[index + 1].key) ? index : nil
            }
            index -= 1
        }
        return nil
    }

    /// Words that end a share (`46 percent`, `nine per cent`).
    static let percentWords = WordList("percent cent")
    /// Words that round the number after them (`about half`, `nearly 9 percent`).
    static let approximators = WordList("about around nearly almost roughly some over under")
    /// Words for a share that may follow an approximator (`about half`).
    static let shareWords = WordList("half third quarter two three four five six seven eight nine ten")

    /// Whether the word at `index` rounds a number or share after it (`said about half of …`, `About 9 percent
    /// said`), so it opens a quantity, not a circumstance or a prepositional phrase.
    func approximates(_ index: Int, _ end: Int, _ tokens: UnsafeBufferPointer<Token>) -> Bool {
        guard index + 1 < end, tokens[index].kind == .word, Analysis.approximators.contains(tokens[index].key) else { return false }
        let next = tokens[index + 1]
        return next.kind == .number || next.isLowercaseWord && Analysis.shareWords.contains(next.key)
    }

    /// The end of a clause with closing punctuation dropped, but for a per cent sign and a parenthesis that closes one
    /// the clause opened (`… fell by 5%`, `… rose to 1.2bn euros ($1.5bn)`).
    func trimmedEnd(_ start: Int, _ end: Int, _ tokens: UnsafeBufferPointer<Token>) -> Int {
        var end = end
        while end > start, tokens[end - 1].kind == .punctuation {
            if tokens[end - 1].isPunctuation("%") { break }
            if tokens[end - 1].isPunctuation(")"), leavesParenthesisOpen(start, end - 1, tokens) { break }
            end -= 1
        }
        return end
    }

    /// Whether more parentheses open than close in the range.
    private func leavesParenthesisOpen(_ start: Int, _ end: Int, _ tokens: UnsafeBufferPointer<Token>) -> Bool {
        var depth = 0
        for index in start..<end {
            if tokens[index].isPunctuation("(") { depth += 1 }
            if tokens[index].isPunctuation(")") { depth -= 1 }
        }
        return depth > 0
    }

    /// The number of word tokens in a range.
    func wordCount(_ start: Int, _ end: Int, _ tokens: UnsafeBufferPointer<Token>) -> Int {
        guard start < end else { return 0 }
        var count = 0
        for index in start..<end where tokens[index].kind == .word { count += 1 }
        return count
    }
}
