/// Reported speech (`X said both governments would …`, `…, according to X`) and stances (`X wants …`,
/// `X is not expected to …`) in sentences without quotations.
extension Analysis {
    

    /// Finds reported statements (nested ones too), else at most one stance, in `sentence`.
    mutating func findReportedSpeech(in sentence: Range<Int>, block: Block, parser: PhraseParser, mentionAt: MentionMap) {
        let tokens = parser.tokens
        var reported = false
        for index in sentence {
            guard tokens[index].kind == .word, let cue = cue(at: index, sentence, parser: parser), !cue.entry.isGerund || cue.isAccording else { continue }
            guard let phrase = subjectPhrase(of: index, isAccording: cue.isAccording, sentence, parser: parser),
                  let entity = resolve(phrase, parser: parser, mentionAt: mentionAt) else { continue }
            var start: Int
            var end = sentence.upperBound
            if cue.isAccording {
                if index == sentence.lowerBound {
                    var comma = phrase.end
                    while comma < end, !tokens[comma].isPunctuation(",") { comma += 1 }
                    start = comma + 1
                } else {
                    start = sentence.lowerBound
                    end = index
                }
            } else {
                if isPassive(cue.index, sentence, tokens) { continue }
                start = clauseStart(after: cue, sentence, parser: parser)
                let punctuationNext = cue.end < sentence.upperBound && tokens[cue.end].kind == .punctuation && !tokens[cue.end].isPunctuation(":")
                if punctuationNext || wordCount(start, trimmedEnd(start, end, tokens), tokens) < 3 {
                    guard phrase.start > sentence.lowerBound + 2, tokens[phrase.start - 1].isPunctuation(",") else { continue }
                    start = sentence.lowerBound
                    end = phrase.start - 1
                } else if start == cue.end, tokens[start].kind == .word, tokens[start].key == Analysis.to {
                    continue
                }
            }
            end = trimmedEnd(start, end, tokens)
            guard wordCount(start, end, tokens) >= 3 else { continue }
            record(entity, .reported, cue: cueText(cue, parser: parser), block: block, from: tokens[start].start, to: tokens[end - 1].end)
            reported = true
        }
        if reported { return }
        for index in sentence where isStance(index, sentence, tokens) {
            guard let phrase = subjectPhrase(of: index, isAccording: false, sentence, parser: parser), phrase.kind != .pronoun || tokens[phrase.start].key != Pronoun.it,
                  let entity = resolve(phrase, parser: parser, mentionAt: mentionAt) else { continue }
            let end = trimmedEnd(phrase.end, sentence.upperBound, tokens)
            guard wordCount(phrase.end, end, tokens) >= 3 else { continue }
            record(entity, .stance, cue: text(tokens[index].start, tokens[index].end), block: block, from: tokens[phrase.end].start, to: tokens[end - 1].end)
            return
        }
    }

    /// Whether a cue is a passive participle (`was dismissed`, `has been confirmed`).
    private func isPassive(_ index: Int, _ sentence: Range<Int>, _ tokens: [Token]) -> Bool {
        var before = index - 1
        while before >= sentence.lowerBound, tokens[before].isLowercaseWord, tokens[before].key != Analysis.been,
              !StanceLexicon.beForms.contains(tokens[before].key), FunctionWordLexicon.skippable.contains(tokens[before].key) || tokens[before].key == Analysis.not {
            before -= 1
        }
        guard before >= sentence.lowerBound, tokens[before].kind == .word else { return false }
        return tokens[before].key == Analysis.been || StanceLexicon.beForms.contains(tokens[before].key)
    }

    /// Adds a reported statement or stance.
    private mutating func record(_ entity: Int, _ kind: StatementKind, cue: String, block: Block, from start: Int, to end: Int) {
        found.append(FoundStatement(entity: entity, kind: kind, cue: cue, block: block.index, range: TextRange(start: start, end: end)))
        lastSpeaker = (entity, block.index)
    }

    /// Whether the token is a stance verb, or a stance predicate in `be (not) … to`.
    private func isStance(_ index: Int, _ sentence: Range<Int>, _ tokens: [Token]) -> Bool {
        let token = tokens[index]
        guard token.kind == .word, !token.isCapitalised else { return false }
        if StanceLexicon.verbs.contains(token.key) { return true }
        guard StanceLexicon.predicates.contains(token.key), index + 1 < sentence.upperBound, tokens[index + 1].key == Analysis.to else { return false }
        var before = index - 1
        if before >= sentence.lowerBound, tokens[before].key == Analysis.not { before -= 1 }
        return before >= sentence.lowerBound && StanceLexicon.beForms.contains(tokens[before].key)
    }

    /// The end of a clause with closing punctuation dropped.
    private func trimmedEnd(_ start: Int, _ end: Int, _ tokens: [Token]) -> Int {
        var end = end
        while end > start, tokens[end - 1].kind == .punctuation { end -= 1 }
        return end
    }

    /// The number of word tokens in a range.
    private func wordCount(_ start: Int, _ end: Int, _ tokens: [Token]) -> Int {
        guard start < end else { return 0 }
        var count = 0
        for index in start..<end where tokens[index].kind == .word { count += 1 }
        return count
    }
}
