/// Speakers of reported speech found away from the subject slot: after the cue (`…, said Ann Lee, an analyst`)
/// or shared with an earlier verb (`X celebrated in Miami and said …`).
extension Analysis {
    /// Conjunctions that join a cue to an earlier verb of the same subject.
    static let conjunctions = WordList("and but")

    /// A speaker named after a cue that follows a comma and closes the sentence or stands before a comma
    /// (`The plan will fail, said Ann Lee, a senior fellow.`, `Instead, said Ann Lee, the plan …`): the entity and
    /// the index after the name, or nil; not after a naming verb (`…, called MSN Spaces.`). The comma is looked for
    /// inline: most cues have none before them.
    @inline(__always)
    mutating func postposedSpeaker(of cue: Cue, _ sentence: Range<Int>, parser: PhraseParser, mentionAt: MentionMap) -> (entity: Int, end: Int)? {
        guard !cue.isAccording, !cue.entry.isGerund, cue.index > sentence.lowerBound + 1, parser.tokens[cue.index - 1].isPunctuation(","),
              !parser.tokens[cue.index].lexicons.contains(.namingVerb) else { return nil }
        return speakerAfterComma(of: cue, sentence, parser: parser, mentionAt: mentionAt)
    }

    /// `postposedSpeaker` for a cue that follows a comma.
    private mutating func speakerAfterComma(of cue: Cue, _ sentence: Range<Int>, parser: PhraseParser, mentionAt: MentionMap) -> (entity: Int, end: Int)? {
        let tokens = parser.tokens
        guard var phrase = parser.phrase(startingAt: cue.end, upperBound: sentence.upperBound) else { return nil }
        if phrase.kind == .role || phrase.kind == .organisation {
            guard phrase.isDefinite else { return nil }
            if let name = nameAfterRole(phrase, sentence, parser: parser) { phrase = name }
        } else if phrase.kind != .name && phrase.kind != .group {
            return nil
        }
        var after = phrase.end
        while after < sentence.upperBound, tokens[after].kind == .punctuation, !tokens[after].isPunctuation(",") { after += 1 }
        // `…, warn union leaders.` closes the sentence with its speakers; `…, told her supporters, “…”` names who heard.
        let heard = phrase.kind == .group && after < sentence.upperBound && tokens[cue.index].listed(in: .addresseeCue)
        guard !heard, after == sentence.upperBound || tokens[after].isPunctuation(","),
              let entity = resolve(phrase, parser: parser, mentionAt: mentionAt) else { return nil }
        return (entity, after)
    }

    /// The speaker named right after a cue set off by a comma (`The paradox, says Carl Anthony, is …`), unless the cue
    /// takes an addressee (`…, told CNN`), whose object is no speaker.
    mutating func speakerAfter(_ cue: Cue, _ sentence: Range<Int>, parser: PhraseParser, mentionAt: MentionMap) -> (entity: Int, end: Int)? {
        if let quoted = quotedSource(of: cue, sentence, parser: parser, mentionAt: mentionAt) { return quoted }
        guard !parser.tokens[cue.index].listed(in: .addresseeCue) else { return nil }
        return postposedSpeaker(of: cue, sentence, parser: parser, mentionAt: mentionAt)
    }

    /// The keys of the forms of `quote`, whose object speaks when `as saying` follows it (constants, as `Analysis.the`).
    static let quoted: WordKey = 0xc290_3860_9249_9bc9
    static let quotes: WordKey = 0xc290_2960_9249_824c
    static let quoting: WordKey = 0x7f75_7e18_5a85_e280
    /// Participles after `as` that make the object of `quoted` its speaker.
    private static let quotingParticiples = WordList("saying telling stating")

    /// The one `quoted` names as the speaker (`AP quoted prosecutor Russell McGuire as saying …`, `The paper quoted an
    /// insider as saying that …`): the entity and the index after `as saying`, or nil. The cue's word is tested
    /// inline, since most cues are no form of `quote`.
    @inline(__always)
    mutating func quotedSource(of cue: Cue, _ sentence: Range<Int>, parser: PhraseParser, mentionAt: MentionMap) -> (entity: Int, end: Int)? {
        let key = parser.tokens[cue.index].key
        guard key == Analysis.quoted || key == Analysis.quotes || key == Analysis.quoting else { return nil }
        return quotingSource(of: cue, sentence, parser: parser, mentionAt: mentionAt)
    }

    /// `quotedSource` for a cue that is a form of `quote`.
    private mutating func quotingSource(of cue: Cue, _ sentence: Range<Int>, parser: PhraseParser, mentionAt: MentionMap) -> (entity: Int, end: Int)? {
        let tokens = parser.tokens
        guard let phrase = parser.phrase(startingAt: cue.end, upperBound: sentence.upperBound),
              phrase.end + 1 < sentence.upperBound, tokens[phrase.end].isLowercaseWord, tokens[phrase.end].key == Analysis.as,
              tokens[phrase.end + 1].isLowercaseWord, Analysis.quotingParticiples.contains(tokens[phrase.end + 1].key),
              let entity = resolve(phrase, parser: parser, mentionAt: mentionAt) else { return nil }
        return (entity, phrase.end + 2)
    }

    /// The subject a strong cue shares with an earlier verb through `and`/`but` (`Clinton celebrated … and said …`):
    /// the subject of the nearest earlier cue (`X said A and said B`), else the first speaker of its clause (after
    /// any quotation before it: `“….” Mr Howard acknowledged it and said …`), and the conjunction's index; or nil.
    mutating func coordinatedSubject(of cueIndex: Int, _ sentence: Range<Int>, parser: PhraseParser, mentionAt: MentionMap) -> (entity: Int, start: Int)? {
        guard isCoordinated(cueIndex, sentence, parser: parser) else { return nil }
        let last = Analysis.subjectEnd(before: cueIndex, sentence, parser: parser)
        var clauseStart = sentence.lowerBound
        if let quote = (sentence.lowerBound..<last).last(where: { parser.tokens[$0].kind == .quote }), quote + 1 < last { clauseStart = quote + 1 }
        var index = last - 1
        while index >= clauseStart {
            if let cue = cue(at: index, sentence, parser: parser), !cue.entry.isGerund, !cue.isAccording,
               let entity = subject(of: cue, sentence, parser: parser, mentionAt: mentionAt) {
                return (entity, last)
            }
            index -= 1
        }
        guard let entity = firstSubject(before: last, clauseStart..<sentence.upperBound, parser: parser, mentionAt: mentionAt) else { return nil }
        return (entity, last)
    }

    /// Whether a strong cue follows `and`/`but` with no subject of its own (`… and said`); inlined, so a mutating rule
    /// tests the cue's bit without copying the whole analysis for a call.
    @inline(__always)
    func isCoordinated(_ cueIndex: Int, _ sentence: Range<Int>, parser: PhraseParser) -> Bool {
        let tokens = parser.tokens
        guard tokens[cueIndex].lexicons.contains(.plainSubjectCue) else { return false }
        let last = Analysis.subjectEnd(before: cueIndex, sentence, parser: parser)
        return last > sentence.lowerBound + 1 && tokens[last].isLowercaseWord && tokens[last].lexicons.contains(.conjunction)
            && tokens[last - 1].kind != .quote
    }

    /// Where a reported clause ends: at a semicolon outside parentheses (not in `($861m; £459m)`); where its subject
    /// goes on to a further cue (`X said A but added, “B”`, `X said A and warned B`); where another speaker's cue
    /// follows a conjunction (`X say A and Labour says B`, but not `X said A and B agreed` or `X said both he and Y
    /// promised`); before the attribution that closes the sentence (`…, Fiat said this week.`); or, for a cue in a
    /// relative clause, where the main clause's cue follows a comma (`X, who refused to endorse him, said …`); for a
    /// cue in an opening subordinate clause, where the main clause's subject and cue follow a comma (`When Ms Friedan
    /// recommended that she burn at the stake, Mrs Schlafly replied …`); else `end`.
    func clauseEnd(from start: Int, to end: Int, _ sentence: Range<Int>, parser: PhraseParser, inRelativeClause: Bool = false,
                   inOpeningClause: Bool = false) -> Int {
        let tokens = parser.tokens
        var index = start + 1
        var parentheses = 0
        while index < end - 1 {
            let token = tokens[index]
            if token.kind == .punctuation {
                switch Unicode.Scalar(UInt32(truncatingIfNeeded: token.key)) {
                case "(": parentheses += 1
                case ")": parentheses = max(0, parentheses - 1)
                case ";" where parentheses == 0: return index
                case ",":
                    if inRelativeClause, isMainCue(after: index, end, sentence, parser: parser) { return index }
                    if inOpeningClause, let subject = parser.phrase(startingAt: index + 1, upperBound: end), subject.end < end,
                       isMainCue(after: subject.end - 1, end, sentence, parser: parser) { return index }
                    if parentheses == 0, closingAttribution(after: index, end, sentence, parser: parser) { return index }
                default: break
                }
            } else if token.isLowercaseWord, token.lexicons.contains(.conjunction), cueWordFollows(index, end, tokens) {
                if isMainCue(after: index, end, sentence, parser: parser) { return index }
                if wordCount(start, index, tokens) >= 3, !closesSpeakerPhrase(index - 1, from: start, parser: parser),
                   let subject = parser.phrase(startingAt: index + 1, upperBound: end), subject.end < end,
                   isMainCue(after: subject.end - 1, end, sentence, parser: parser) { return index }
            }
            index += 1
        }
        return end
    }

    /// Whether the words after the comma at `index` attribute the sentence to its speaker and close it (`…, Fiat said
    /// this week.`, `…, analysts said, as …`, `…, said Ann Lee.`): what came before the comma is that speaker's, so a
    /// clause reported inside it ends there.
    private func closingAttribution(after index: Int, _ end: Int, _ sentence: Range<Int>, parser: PhraseParser) -> Bool {
        let tokens = parser.tokens
        var cueIndex = index + 1
        if let subject = parser.phrase(startingAt: index + 1, upperBound: end), subject.end < end { cueIndex = subject.end }
        while cueIndex < end, tokens[cueIndex].isLowercaseWord, tokens[cueIndex].lexicons.contains(.skippable) { cueIndex += 1 }
        guard cueIndex < end, !tokens[cueIndex].lexicons.contains(.namingVerb), let cue = cue(at: cueIndex, sentence, parser: parser),
              !cue.entry.isGerund, !cue.isAccording, !isPassive(cue, sentence, tokens) else { return false }
        if cueIndex == index + 1, parser.phrase(startingAt: cue.end, upperBound: end) == nil { return false }
        // What follows the cue is at most a short time phrase before the sentence ends, or before a comma and a new
        // clause (`…, Fiat said this week, as it exits …`); `…, he claimed, would be …` is set inside the clause.
        var after = cue.end
        if cueIndex == index + 1, let speaker = parser.phrase(startingAt: cue.end, upperBound: end) { after = speaker.end }
        let close = (after..<sentence.upperBound).first { tokens[$0].kind == .punctuation && !tokens[$0].isPunctuation("'") } ?? sentence.upperBound
        guard close - after <= 3 else { return false }
        guard close + 1 < sentence.upperBound, tokens[close].isPunctuation(",") else { return true }
        let next = tokens[close + 1]
        return next.kind == .quote || next.kind == .word && (next.listed(in: .subordinator) || next.lexicons.contains(.conjunction) || isIngForm(next))
    }

    /// Whether a word of the cue lexicon stands among the few tokens after `index`: the cheap test before any
    /// parsing for a cue there.
    private func cueWordFollows(_ index: Int, _ end: Int, _ tokens: UnsafeBufferPointer<Token>) -> Bool {
        ((index + 1)..<min(end, index + 12)).contains { tokens[$0].kind == .word && tokens[$0].lexicons.contains(.cue) }
    }

    /// Whether token `last` ends a name, or a description opening its clause (not a pronoun), which a conjunction
    /// after it may join to the next phrase as one subject (`Tapper, Bash and Blitzer had mentioned it`, `while
    /// doctors and nurses warned`; not the object in `the levy would hurt farmers and the Liberals say …`).
    private func closesSpeakerPhrase(_ last: Int, from start: Int, parser: PhraseParser) -> Bool {
        let tokens = parser.tokens
        guard last >= start, tokens[last].kind == .word, let phrase = parser.phrase(endingAt: last, lowerBound: start),
              phrase.kind != .pronoun else { return false }
        guard phrase.kind != .name, phrase.start > start else { return true }
        let before = tokens[phrase.start - 1]
        return before.isLowercaseWord && (before.key == Analysis.that || before.listed(in: .subordinator))
    }

    /// Whether a finite cue (not a participle) follows `index`, over auxiliaries and adverbs: the clause before it
    /// is over (`… and said`, `a Republican who refused to endorse him, said …`).
    private func isMainCue(after index: Int, _ end: Int, _ sentence: Range<Int>, parser: PhraseParser) -> Bool {
        let tokens = parser.tokens
        var next = index + 1
        while next < end, tokens[next].isLowercaseWord, tokens[next].lexicons.contains(.skippable) { next += 1 }
        guard next < end, let cue = cue(at: next, sentence, parser: parser) else { return false }
        return !cue.entry.isGerund
    }

    /// Whether the sentence opens with a role phrase set off before the speaker's name (`The SNP's Holyrood leader,
    /// Nicola Sturgeon, said …`, `The Secretary of State for Health, John Reid, said …`): a description of the
    /// speaker, not a clause reported by an inverted cue. Static, as the office rules below: they read only the
    /// parser, so a mutating rule calling them copies no analysis.
    static func describesSpeaker(before phrase: Phrase, _ sentence: Range<Int>, parser: PhraseParser) -> Bool {
        guard phrase.kind == .name, phrase.start > sentence.lowerBound + 1 else { return false }
        if let described = parser.phrase(endingAt: phrase.start - 2, lowerBound: sentence.lowerBound), described.start == sentence.lowerBound, described.kind == .role {
            return true
        }
        guard let role = parser.phrase(startingAt: sentence.lowerBound, upperBound: phrase.start - 1), role.kind == .role else { return false }
        return isOfficeComplement(role.end, phrase.start - 1, parser.tokens)
    }

    /// The name going on from an office's `of`, `for` or `to` phrase after a title (`said Chancellor of the Exchequer
    /// Gordon Brown`, `said UK Secretary of State for Health John Reid`); nil when none does.
    static func nameAfterOffice(_ title: Phrase, _ sentence: Range<Int>, parser: PhraseParser) -> Phrase? {
        let tokens = parser.tokens
        var last = title.end
        while last + 1 < sentence.upperBound, last - title.end < 10, tokens[last + 1].kind == .word { last += 1 }
        guard last > title.end, let office = (title.end..<last).first(where: { tokens[$0].kind == .word && tokens[$0].isCapitalised }),
              let first = parser.officeEnd(office, last, lowerBound: title.start), isOfficeComplement(title.end, first, tokens) else { return nil }
        return parser.phrase(startingAt: first, upperBound: sentence.upperBound)
    }

    /// Whether the words in `start..<end` are the `of`, `for` or `to` phrase of an office, capitalised words with only
    /// `of`, `for`, `to`, `the` and `and` between them (`of State for Health`, `for Europe`, `to the Treasury`).
    private static func isOfficeComplement(_ start: Int, _ end: Int, _ tokens: UnsafeBufferPointer<Token>) -> Bool {
        guard start < end, tokens[start].isLowercaseWord, PhraseParser.isOfficeLink(tokens[start].key) else { return false }
        return (start..<end).allSatisfy { index in
            let token = tokens[index]
            return token.kind == .word && (token.isCapitalised || PhraseParser.isOfficeLink(token.key))
        }
    }


    /// The name set off by a comma after a role phrase, or after the role's `of` phrase (`said its chairman, Sir
    /// Anthony Greener`, `said the chairman of the Commons education committee, Labour MP Barry Sheerman`).
    func nameAfterRole(_ role: Phrase, _ sentence: Range<Int>, parser: PhraseParser) -> Phrase? {
        let tokens = parser.tokens
        var comma = role.end
        if comma < sentence.upperBound, tokens[comma].isLowercaseWord, tokens[comma].key == Analysis.of {
            while comma < sentence.upperBound, comma - role.end <= 8, tokens[comma].kind == .word || tokens[comma].kind == .possessive { comma += 1 }
        }
        guard comma + 1 < sentence.upperBound, tokens[comma].isPunctuation(","),
              let name = parser.phrase(startingAt: comma + 1, upperBound: sentence.upperBound), name.kind == .name else { return nil }
        return name
    }
}
