/// Clues around a quotation to whom it belongs: a closing `he said` that repeats the sentence's first speaker, a
/// person named right before the colon that opens it, a name and cue after it that start a sentence of their own, and
/// the quotation it resumes after an interrupting cue.
extension Analysis {
    /// The named subject of the first finite cue of the sentence before `limit` (`Tyler said that … Cruz has “…,” he
    /// said`), whom a `he said` closing the same sentence repeats after a partial quotation.
    mutating func earlierCueSubject(before limit: Int, _ sentence: Range<Int>, parser: PhraseParser, mentionAt: MentionMap) -> Int? {
        for index in sentence.lowerBound..<limit {
            guard let cue = cue(at: index, sentence, parser: parser) else { continue }
            guard !cue.entry.isGerund, !cue.isAccording, let phrase = Analysis.subjectPhrase(of: index, isAccording: false, sentence, parser: parser),
                  phrase.kind == .name else { return nil }
            return resolve(phrase, parser: parser, mentionAt: mentionAt)
        }
        return nil
    }

    /// The person named in full right before the colon that opens the quotation (`… doesn't surprise Republican
    /// pollster Daron Shaw: “…”`), who is introduced to say it.
    mutating func personBeforeColon(_ colon: Int, _ sentence: Range<Int>, parser: PhraseParser, mentionAt: MentionMap) -> Int? {
        guard colon > sentence.lowerBound + 1, let phrase = parser.phrase(endingAt: colon - 1, lowerBound: sentence.lowerBound), phrase.kind == .name,
              phrase.end - phrase.coreStart >= 2, let entity = mentionAt[colon - 1], registry.entities[entity].kind == .person else { return nil }
        return entity
    }

    /// Whether a speaker and cue after a quotation that ended with a full stop open a sentence of their own, reporting
    /// a clause (`“… being told.” Mr Blair retorted voters remembered …`, `“….” A spokesman later said Mr Galloway
    /// had …`), rather than attributing the quotation.
    func opensReportedSentence(after position: Int, phrase: Phrase, cue: Cue, _ sentence: Range<Int>, parser: PhraseParser) -> Bool {
        let tokens = parser.tokens
        guard phrase.start == position + 1, tokens[phrase.start].isCapitalised,
              endsWithFullStop(quotes[Int(tokens[position].key)]), cue.end < sentence.upperBound, tokens[cue.end].kind == .word else { return false }
        return wordCount(cue.end, trimmedEnd(cue.end, sentence.upperBound, tokens), tokens) >= 4
            && !isCircumstance(cue.end, sentence.upperBound, cue: cue.index, tokens)
    }

    /// The earlier quotation that the one at `position` resumes after the cue that attributed it and a comma, with no
    /// other cue between (`“…,” said Karen Thomson, chief executive of AOL UK, “with many people …”`), if there is one.
    @inline(__always)
    func resumedQuote(at position: Int, _ sentence: Range<Int>, _ tokens: UnsafeBufferPointer<Token>) -> Int? {
        guard position > sentence.lowerBound + 2, tokens[position - 1].isPunctuation(",") else { return nil }
        var index = position - 2
        while index >= sentence.lowerBound, position - index < 16 {
            if tokens[index].kind == .quote {
                let earlier = Int(tokens[index].key)
                let attribution = attributions[earlier]
                guard attribution.keep, attribution.kind == .direct, attribution.cueAfter, let cueToken = attribution.cueToken, cueToken > index, cueToken < position,
                      !(cueToken + 1..<position).contains(where: { tokens[$0].kind == .quote || tokens[$0].isPunctuation(".") || tokens[$0].lexicons.contains(.cue) })
                else { return nil }
                return earlier
            }
            index -= 1
        }
        return nil
    }
}
