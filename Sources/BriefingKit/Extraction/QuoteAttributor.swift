/// A speaker found for a quotation, with the cue and where it stood.
private struct Attribution {
    var entity: Int?
    var cue: TextRange
    var cueToken: Int
    var after: Bool
}

/// Attributing quotations: a cue after the quote (`“…,” he said`), before it (`X said: “…”`, partial quotes in
/// reported speech), a headline colon (`UN: ‘…’`), or the speaker of the paragraph before.
extension Analysis {
    /// Attributes each quotation standing in `sentence`.
    mutating func attributeQuotes(in sentence: Range<Int>, block: BlockPlace, parser: PhraseParser, mentionAt: MentionMap) {
        let tokens = parser.tokens
        var parser = parser
        parser.lenient = true
        var answerer: Int?
        for position in sentence where tokens[position].kind == .quote {
            let index = Int(tokens[position].key)
            let quote = quotes[index]
            guard !attributions[index].settled else { continue }
            let isTail = quote.startBlock < block.index
            if isTail && quote.endBlock > block.index { continue }
            let continuesLater = quote.endBlock > block.index
            let atStart = position == sentence.lowerBound
            let previous = position > sentence.lowerBound ? tokens[position - 1] : nil
            let introducedByPunctuation = previous.map { $0.isPunctuation(":") || $0.isPunctuation(",") } ?? false
            let introducedByCue = position > sentence.lowerBound && cue(at: position - 1, sentence, parser: parser) != nil
            let sentenceLike = isTail || atStart || introducedByPunctuation || introducedByCue
            let direct = isTail || (sentenceLike && startsLikeSentence(quote))
            if !isTail, quote.endBlock == block.index, isWorkTitle(quote, at: position, sentence, parser: parser) {
                attributions[index].settled = true
                attributions[index].isWorkTitle = true
                continue
            }
            var found: Attribution?
            if atStart || isTail {
                found = attributionAfter(position, sentence, initial: true, parser: parser, mentionAt: mentionAt)
                if found == nil, !isTail { found = attributionBefore(position, sentence, parser: parser, mentionAt: mentionAt) }
            } else {
                if let earlier = resumedQuote(at: position, sentence, tokens), let cue = attributions[earlier].cue, let cueToken = attributions[earlier].cueToken {
                    found = Attribution(entity: attributions[earlier].entity, cue: cue, cueToken: cueToken, after: false)
                } else if let closing = closingAttribution(after: position, sentence, parser: parser, mentionAt: mentionAt) {
                    found = closing
                } else if let source = dashedSource(before: position, sentence, parser: parser, mentionAt: mentionAt) {
                    found = source
                } else {
                    found = attributionBefore(position, sentence, parser: parser, mentionAt: mentionAt)
                        ?? attributionAfter(position, sentence, initial: false, parser: parser, mentionAt: mentionAt)
                }
                if let before = found, !before.after, let entity = before.entity, !registry.entities[entity].isNamed, !continuesLater,
                   let later = attributionLater(position, sentence, parser: parser, mentionAt: mentionAt), let named = later.entity, registry.entities[named].isNamed,
                   !Analysis.nestedSourceCues.contains(tokens[later.cueToken].key) {
                    found = later
                }
            }
            if found == nil, !continuesLater {
                found = attributionLater(position, sentence, parser: parser, mentionAt: mentionAt)
            }
            if found == nil, !isTail, direct, let introducing = introducingCue(before: position, sentence, parser: parser) {
                found = Attribution(entity: plainSubject(of: introducing.index, sentence, parser: parser, anyCue: true)?.entity,
                                    cue: cueRange(introducing, parser: parser), cueToken: introducing.index, after: false)
            }
            if found == nil, !isTail, let previous, previous.isPunctuation(":"), position >= sentence.lowerBound + 2,
               let phrase = parser.phrase(endingAt: position - 2, lowerBound: sentence.lowerBound), phrase.kind == .name,
               (sentence.lowerBound..<phrase.start).allSatisfy({ parser.tokens[$0].isDash || parser.isNameWord($0) || parser.isRoleWord($0) }) {
                found = Attribution(entity: resolve(phrase, parser: parser, mentionAt: mentionAt), cue: TextRange(start: previous.start, end: previous.end), cueToken: position - 1, after: false)
            }
            if found == nil, !isTail, direct, !continuesLater, let previous, previous.isPunctuation(":"), position >= sentence.lowerBound + 2 {
                found = Attribution(entity: personBeforeColon(position - 1, sentence, parser: parser, mentionAt: mentionAt)
                                        ?? mentionedSubject(before: position - 1, sentence, parser: parser, mentionAt: mentionAt),
                                    cue: TextRange(start: previous.start, end: previous.end), cueToken: position - 1, after: false)
            }
            var attribution = QuoteAttribution()
            attribution.kind = direct ? .direct : .partial
            if let found {
                attribution.settled = true
                attribution.keep = true
                attribution.entity = found.entity
                attribution.cue = found.cue
                attribution.cueToken = found.cueToken
                attribution.cueAfter = found.after
                if !found.after { attribution.mergedInto = interruptedQuote(before: position, cueToken: found.cueToken, sentence, parser: parser) }
                if let entity = found.entity { lastSpeaker = (entity, block.index, registry.sentence) }
                if found.entity != nil, let asked = passiveAnswerer(cueToken: found.cueToken, sentence, parser: parser, mentionAt: mentionAt) { answerer = asked }
            } else if continuesLater {
                attributions[index] = attribution
                continue
            } else if direct && (atStart || isTail) && block.kind == .paragraph && !Analysis.isTitle(quote, scalars) {
                attribution.settled = true
                attribution.keep = true
                if let introduced, introduced.block >= block.index - 2 {
                    attribution.entity = introduced.entity
                } else if let lastSpeaker, lastSpeaker.block >= block.index - 2 {
                    attribution.entity = lastSpeaker.entity
                }
                if let entity = attribution.entity { lastSpeaker = (entity, block.index, registry.sentence) }
            } else if !isTail, block.kind == .paragraph, Analysis.isSubstantial(quote, scalars), !Analysis.isTitleCased(quote, scalars) {
                attribution.settled = true
                attribution.keep = true
                attribution.entity = mentionedSubject(before: position, sentence, parser: parser, mentionAt: mentionAt)
                    ?? lastSpeaker.flatMap { $0.block >= block.index - 1 ? $0.entity : nil }
                if let entity = attribution.entity { lastSpeaker = (entity, block.index, registry.sentence) }
            } else {
                attribution.settled = true
            }
            attributions[index] = attribution
        }
        introduced = answerer.map { (entity: $0, block: block.index) }
        if let answerer { lastSpeaker = (answerer, block.index, registry.sentence) }
    }

    /// The cue right after the quotation at `position` when it closes the sentence (`… “overrun,” Hoover said.`,
    /// `… said Ann Lee.`): within six tokens of the quotation, with at most three tokens after it; a news outlet's
    /// `reported` stays the nested source it is (`Malaysia said damage will be “significant,” AFP reported`), and
    /// `it said` (an organisation, often unresolved) yields to a cue before the quotation.
    private mutating func closingAttribution(after position: Int, _ sentence: Range<Int>, parser: PhraseParser, mentionAt: MentionMap) -> Attribution? {
        let tokens = parser.tokens
        var index = position + 1
        while index < sentence.upperBound, tokens[index].kind == .punctuation { index += 1 }
        let first = index
        while index < sentence.upperBound, index - position <= 6, tokens[index].kind != .quote {
            if let cue = cue(at: index, sentence, parser: parser), !cue.entry.isGerund {
                guard sentence.upperBound - index <= 4, !tokens[(index + 1)..<sentence.upperBound].contains(where: { $0.kind == .quote }),
                      !Analysis.nestedSourceCues.contains(tokens[index].key) else { return nil }
                if index == first { return attributionAfter(position, sentence, initial: false, parser: parser, mentionAt: mentionAt) }
                guard tokens[index - 1].key != Pronoun.it, let entity = subject(of: cue, sentence, parser: parser, mentionAt: mentionAt) else { return nil }
                let pronoun = tokens[index - 1]
                if index - 1 == first, pronoun.isLowercaseWord, pronoun.key == Pronoun.he || pronoun.key == Pronoun.she,
                   !startsLikeSentence(quotes[Int(tokens[position].key)]),
                   let earlier = earlierCueSubject(before: position, sentence, parser: parser, mentionAt: mentionAt), earlier != entity,
                   registry.fits(earlier, pronoun.key) {
                    return Attribution(entity: earlier, cue: cueRange(cue, parser: parser), cueToken: index, after: true)
                }
                return Attribution(entity: entity, cue: cueRange(cue, parser: parser), cueToken: index, after: true)
            }
            index += 1
        }
        return nil
    }

    /// The source named between a dash and the colon that opens the quotation, as digests credit a quoted story
    /// (`Pollsters agree - Carl Bialik: “…”`): that name, whatever cue the headline before the dash had.
    private mutating func dashedSource(before position: Int, _ sentence: Range<Int>, parser: PhraseParser, mentionAt: MentionMap) -> Attribution? {
        let tokens = parser.tokens
        guard position >= sentence.lowerBound + 3, tokens[position - 1].isPunctuation(":"),
              let phrase = parser.phrase(endingAt: position - 2, lowerBound: sentence.lowerBound), phrase.kind == .name || phrase.kind == .organisation,
              phrase.start > sentence.lowerBound, tokens[phrase.start - 1].isDash else { return nil }
        let colon = tokens[position - 1]
        return Attribution(entity: resolve(phrase, parser: parser, mentionAt: mentionAt), cue: TextRange(start: colon.start, end: colon.end), cueToken: position - 1, after: false)
    }

    /// The cue right before a quotation, or before the comma or colon that opens it (`One voter wrote, “…”`), when
    /// its subject names no one known: the quotation is still what was said.
    private func introducingCue(before position: Int, _ sentence: Range<Int>, parser: PhraseParser) -> Cue? {
        var index = position - 1
        if index > sentence.lowerBound, parser.tokens[index].isPunctuation(",") || parser.tokens[index].isPunctuation(":") { index -= 1 }
        guard index > sentence.lowerBound, let cue = cue(at: index, sentence, parser: parser), !cue.entry.isGerund, !cue.isAccording,
              cue.end == index + 1, !isPassive(cue, sentence, parser.tokens) else { return nil }
        return cue
    }

    /// The first speaker already known in the clause before a colon that introduces a quotation (`Trump then
    /// leaned in and boomed: “…”`, `Here's Clinton in December 1992: “…”`): a name or role noun mentioned, or a
    /// personal pronoun; nil when the clause names no one (`The sign read: “…”`), so nothing new is made up.
    mutating func mentionedSubject(before limit: Int, _ sentence: Range<Int>, parser: PhraseParser, mentionAt: MentionMap) -> Int? {
        let start = mainClauseStart(sentence, before: limit, parser: parser) ?? sentence.lowerBound
        return firstMentioned(from: start, before: limit, sentence, parser: parser, mentionAt: mentionAt)
    }

    /// The first person already known in the main clause before `limit` (`Senate candidate Ann Lee issued this
    /// statement:`), if there is one.
    func mentionedPerson(before limit: Int, _ sentence: Range<Int>, parser: PhraseParser, mentionAt: MentionMap) -> Int? {
        let start = mainClauseStart(sentence, before: limit, parser: parser) ?? sentence.lowerBound
        return (start..<limit).lazy.compactMap { mentionAt[$0] }.first { self.registry.entities[$0].kind == .person }
    }

    /// The named person just heard (in this sentence or one of the two before) when an epithet follows the cue after
    /// the quotation (`“…,” added the two-time Academy Award winner.`, `said the Chelsea star`), noted as mentioned
    /// there; nil otherwise.
    private mutating func epithetSpeaker(_ phrase: Phrase, _ tokens: UnsafeBufferPointer<Token>) -> Int? {
        guard phrase.kind == .role, phrase.isDefinite, !phrase.hasPossessive, Analysis.epithetHeads.contains(tokens[phrase.end - 1].key),
              let speaker = latestSpeaker, registry.sentence - speaker.sentence <= 2 else { return nil }
        let entity = registry.entities[speaker.entity]
        guard entity.kind == .person, entity.isNamed else { return nil }
        registry.note(speaker.entity, at: tokens[phrase.start].start, surface: "")
        return speaker.entity
    }

    /// A cue after the quotation: `“…,” he said`, `“…,” said Mr Smith`, `“…” Smith, a spokesman, said`, `“…” that
    /// Lee can win, said Ann Cole` (Cole's: a speaker after the cue outranks a name before it). After a
    /// quotation inside the sentence (not `initial`), a cue followed by a phrase and `as` is a verb with its object
    /// (`who called it “unfair,” described the plan as …`), not an inverted attribution.
    private mutating func attributionAfter(_ position: Int, _ sentence: Range<Int>, initial: Bool, parser: PhraseParser, mentionAt: MentionMap) -> Attribution? {
        let tokens = parser.tokens
        var next = position + 1
        while next < sentence.upperBound, next - position <= 2, tokens[next].kind == .punctuation, tokens[next].key == 44 || tokens[next].key == 0x2014 || tokens[next].key == 0x2013 {
            next += 1
        }
        guard next < sentence.upperBound else { return nil }
        if let cue = cue(at: next, sentence, parser: parser) {
            guard !cue.entry.isGerund || cue.isAccording,
                  var phrase = parser.phrase(startingAt: cue.end, upperBound: sentence.upperBound) ?? nameAfterDescription(from: cue.end, sentence, parser: parser) else { return nil }
            // `“…,” said its chairman, Sir Anthony Greener.`, `“…,” said Chancellor of the Exchequer Gordon Brown.`: the
            // name after the role or office speaks.
            if phrase.kind == .role || phrase.kind == .name, let name = Analysis.nameAfterOffice(phrase, sentence, parser: parser) {
                phrase = name
            } else if phrase.kind == .role, let name = nameAfterRole(phrase, sentence, parser: parser) {
                phrase = name
            }
            if !initial, phrase.end < sentence.upperBound, tokens[phrase.end].isLowercaseWord,
               tokens[phrase.end].key == Analysis.as {
                return nil
            }
            if let quoted = epithetSpeaker(phrase, tokens) {
                return Attribution(entity: quoted, cue: cueRange(cue, parser: parser), cueToken: next, after: true)
            }
            return Attribution(entity: resolve(phrase, parser: parser, mentionAt: mentionAt), cue: cueRange(cue, parser: parser), cueToken: next, after: true)
        }
        guard let phrase = parser.phrase(startingAt: next, upperBound: sentence.upperBound) else { return nil }
        var cursor = phrase.end
        while cursor < sentence.upperBound, cursor - phrase.end < 24 {
            let token = tokens[cursor]
            if token.isPunctuation("("), let close = closingParenthesis(after: cursor, sentence, tokens) {
                cursor = close + 1
                continue
            }
            if token.kind == .quote && cursor > phrase.end && !tokens[cursor - 1].isPunctuation(",") && tokens[cursor - 1].kind == .word
                && !Analysis.isTitle(quotes[Int(token.key)], scalars) { return nil }
            if token.isPunctuation(".") && !parser.isDottedPrefix(cursor - 1) && !isAbbreviationDot(cursor, sentence, tokens) || token.isPunctuation(";") || token.isPunctuation(":") { return nil }
            if let cue = cue(at: cursor, sentence, parser: parser), !cue.entry.isGerund {
                if opensReportedSentence(after: position, phrase: phrase, cue: cue, sentence, parser: parser) { return nil }
                if let post = speakerAfter(cue, sentence, parser: parser, mentionAt: mentionAt) {
                    return Attribution(entity: post.entity, cue: cueRange(cue, parser: parser), cueToken: cursor, after: true)
                }
                guard let name = namedInApposition(after: phrase, before: cursor, parser: parser) ?? nameBeforeCue(after: phrase, cue: cursor, parser: parser) else {
                    return Attribution(entity: resolve(phrase, parser: parser, mentionAt: mentionAt), cue: cueRange(cue, parser: parser), cueToken: cursor, after: true)
                }
                let entity = resolve(name, parser: parser, mentionAt: mentionAt)
                if let entity, phrase.kind == .role { registry.addRole(entity, rolePhrase(phrase.coreStart..<phrase.end, tokens), strings: strings) }
                return Attribution(entity: entity, cue: cueRange(cue, parser: parser), cueToken: cursor, after: true)
            }
            cursor += 1
        }
        return nil
    }

    /// A sentence opening with a capitalised cue and then its speaker (`Said Comey, “…”`, `Stated Stone: “…”`,
    /// `Said Dorothy Poynter, who grew up with Ali, “…”`), as feature writing inverts an attribution.
    private mutating func invertedOpening(before position: Int, _ sentence: Range<Int>, parser: PhraseParser, mentionAt: MentionMap) -> Attribution? {
        let tokens = parser.tokens
        let first = tokens[sentence.lowerBound]
        guard position > sentence.lowerBound + 2, first.kind == .word, first.isCapitalised, !first.isAllCaps, first.lexicons.contains(.cue),
              let entry = parser.cues.entry(first.key), entry.requiredParticle == nil, !entry.isGerund, first.key != Analysis.according,
              let phrase = parser.phrase(startingAt: sentence.lowerBound + 1, upperBound: position), phrase.kind == .name,
              phrase.end < position, tokens[phrase.end].isPunctuation(",") || tokens[phrase.end].isPunctuation(":") else { return nil }
        return Attribution(entity: resolve(phrase, parser: parser, mentionAt: mentionAt), cue: TextRange(start: first.start, end: first.end), cueToken: sentence.lowerBound, after: false)
    }

    /// The speaker of a sentence that opens with a capitalised cue and names them before `position` (`Stated
    /// Stone:`), if there is one.
    mutating func invertedSpeaker(before position: Int, _ sentence: Range<Int>, parser: PhraseParser, mentionAt: MentionMap) -> Int? {
        invertedOpening(before: position, sentence, parser: parser, mentionAt: mentionAt)?.entity
    }

    /// A cue with its speaker set off by commas after it (`The paradox, says Carl Anthony, is that she was “…”`); a
    /// cue whose resolved speaker introduces the quotation right after it (`a woman asked for a photo and Clinton said,
    /// “…”`); else the nearest cue when it shares the main clause's subject (`X said A but added, “…”`); else the first
    /// cue of the sentence before the quotation whose subject resolves (the main clause's: after an opening clause,
    /// `After X asked …, Y replied, “…”`, its cues count only when the main clause has none); else the nearest cue with
    /// the sentence's first mention as its speaker (participles: `…, adding that “…”`).
    private mutating func attributionBefore(_ position: Int, _ sentence: Range<Int>, parser: PhraseParser, mentionAt: MentionMap) -> Attribution? {
        let tokens = parser.tokens
        if let inverted = invertedOpening(before: position, sentence, parser: parser, mentionAt: mentionAt) { return inverted }
        var nearest: Cue?
        var shared: Cue?
        var index = position - 1
        var best: Attribution?
        let main = mainClauseStart(sentence, before: position, parser: parser)
        if let main { resolveOpeningPronoun(sentence, before: main, parser: parser, mentionAt: mentionAt) }
        while index >= sentence.lowerBound {
            if tokens[index].kind == .quote, nearest != nil { break }
            if let main, index < main, nearest != nil { break }
            if let cue = cue(at: index, sentence, parser: parser) {
                if let post = speakerAfter(cue, sentence, parser: parser, mentionAt: mentionAt) {
                    return Attribution(entity: post.entity, cue: cueRange(cue, parser: parser), cueToken: index, after: false)
                }
                if cue.entry.isGerund, let entity = absoluteParticipleSubject(of: cue, sentence, parser: parser, mentionAt: mentionAt) {
                    return Attribution(entity: entity, cue: cueRange(cue, parser: parser), cueToken: index, after: false)
                }
                if nearest == nil, isCoordinated(index, sentence, parser: parser) { shared = cue }
                if nearest == nil { nearest = cue }
                if let entity = cue.entry.isGerund ? gerundSubject(of: cue, sentence, parser: parser, mentionAt: mentionAt) : subject(of: cue, sentence, parser: parser, mentionAt: mentionAt) {
                    best = Attribution(entity: entity, cue: cueRange(cue, parser: parser), cueToken: index, after: false)
                    if !cue.entry.isGerund, !tokens[index].listed(in: .namingVerb), introduces(cue, position, parser.tokens) { return best }
                    if !cue.entry.isGerund, contrasts(cue, sentence, parser: parser) { return best }
                }
            }
            index -= 1
        }
        let mainEntity = best.flatMap { $0.cueToken == shared?.index ? nil : $0.entity }
        if let shared, let entity = mainEntity ?? coordinatedSubject(of: shared.index, sentence, parser: parser, mentionAt: mentionAt)?.entity {
            return Attribution(entity: entity, cue: cueRange(shared, parser: parser), cueToken: shared.index, after: false)
        }
        if let best { return best }
        if let nearest, nearest.isAccording, let entity = accordingSpeaker(of: nearest, sentence, namesOnly: true, parser: parser, mentionAt: mentionAt) {
            return Attribution(entity: entity, cue: cueRange(nearest, parser: parser), cueToken: nearest.index, after: false)
        }
        guard let nearest else { return nil }
        let finite = nearest.entry.isGerund ? finiteSubject(before: nearest.index, sentence, parser: parser, mentionAt: mentionAt) : nil
        guard let entity = finite ?? firstSubject(before: nearest.index, sentence, parser: parser, mentionAt: mentionAt) else { return nil }
        return Attribution(entity: entity, cue: cueRange(nearest, parser: parser), cueToken: nearest.index, after: false)
    }

    /// Whether a cue's subject opens a contrasting clause (`Rubio suggested …, while Cruz said that “…”`), whose
    /// quotation is that subject's rather than the first cue's.
    private func contrasts(_ cue: Cue, _ sentence: Range<Int>, parser: PhraseParser) -> Bool {
        let near = max(sentence.lowerBound, cue.index - 8)..<cue.index
        guard near.contains(where: { parser.tokens[$0].isLowercaseWord && parser.lexicons.contrastWords.contains(parser.tokens[$0].key) }),
              let phrase = Analysis.subjectPhrase(of: cue.index, isAccording: cue.isAccording, sentence, parser: parser), phrase.start > sentence.lowerBound + 1 else { return false }
        let opener = parser.tokens[phrase.start - 1]
        return opener.isLowercaseWord && parser.lexicons.contrastWords.contains(opener.key)
    }

    /// The speaker an `according to` cue names: the phrase after it, resolved (only a name when `namesOnly`: before a
    /// quotation, a description would read on into it), else the words after it up to the next punctuation as a
    /// description (`according to an old version of the club website`).
    private mutating func accordingSpeaker(of cue: Cue, _ sentence: Range<Int>, namesOnly: Bool, parser: PhraseParser, mentionAt: MentionMap) -> Int? {
        if let phrase = Analysis.subjectPhrase(of: cue.index, isAccording: true, sentence, parser: parser), !namesOnly || phrase.kind == .name,
           let entity = resolve(phrase, parser: parser, mentionAt: mentionAt) {
            return entity
        }
        return accordingSource(after: cue, sentence, parser: parser)?.entity
    }

    /// Whether a cue stands right before the quotation at `position`, or before the comma or colon that opens it (`and
    /// Clinton said, “…”`), so its speaker says it whatever cue the sentence had before.
    private func introduces(_ cue: Cue, _ position: Int, _ tokens: UnsafeBufferPointer<Token>) -> Bool {
        cue.end == position || cue.end + 1 == position && (tokens[cue.end].isPunctuation(",") || tokens[cue.end].isPunctuation(":"))
    }

    /// The subject of the nearest finite cue before a participle, over any quotation between them (`Trump told
    /// Newsmax that Romney “…,” adding, “…”` is Trump's).
    mutating func finiteSubject(before limit: Int, _ sentence: Range<Int>, parser: PhraseParser, mentionAt: MentionMap) -> Int? {
        var index = limit - 1
        while index >= sentence.lowerBound {
            if let cue = cue(at: index, sentence, parser: parser), !cue.entry.isGerund, !cue.isAccording {
                return subject(of: cue, sentence, parser: parser, mentionAt: mentionAt)
            }
            index -= 1
        }
        return nil
    }

    /// A cue with a resolvable subject later in the sentence (`“…” would be fine, Ben Carson said.`, `“…” if she
    /// lost, said Ann Lee, an analyst.`).
    private mutating func attributionLater(_ position: Int, _ sentence: Range<Int>, parser: PhraseParser, mentionAt: MentionMap) -> Attribution? {
        let tokens = parser.tokens
        var index = position + 1
        while index < sentence.upperBound {
            if tokens[index].kind == .quote, tokens[index - 1].kind != .word { return nil }
            defer { index += 1 }
            guard let cue = cue(at: index, sentence, parser: parser) else { continue }
            if let post = postposedSpeaker(of: cue, sentence, parser: parser, mentionAt: mentionAt) {
                return Attribution(entity: post.entity, cue: cueRange(cue, parser: parser), cueToken: index, after: true)
            }
            if cue.isAccording, index > position + 1, tokens[index - 1].isPunctuation(",") {
                guard let entity = accordingSpeaker(of: cue, sentence, namesOnly: false, parser: parser, mentionAt: mentionAt) else { return nil }
                return Attribution(entity: entity, cue: cueRange(cue, parser: parser), cueToken: index, after: true)
            }
            if !cue.entry.isGerund, !cue.isAccording,
               let phrase = Analysis.subjectPhrase(of: index, isAccording: false, sentence, parser: parser), phrase.start > position + 1,
               followsComma(phrase, from: position + 1, parser: parser), let entity = resolve(phrase, parser: parser, mentionAt: mentionAt) {
                return Attribution(entity: entity, cue: cueRange(cue, parser: parser), cueToken: index, after: true)
            }
        }
        return nil
    }

    /// The first speaker named in the sentence before `limit`: a description opening the main clause (`His chief aide
    /// doubled down …, saying`); else a name, a role noun or a personal pronoun; after an opening phrase (`In an
    /// interview with the Post, Trump …`), the `he` or `she` opening the main clause, else the first person named in
    /// it, or the description that person's possessive opens (`In response, Ann Cole's lawyers …`).
    mutating func firstSubject(before limit: Int, _ sentence: Range<Int>, parser: PhraseParser, mentionAt: MentionMap) -> Int? {
        var index = sentence.lowerBound
        let main = mainClauseStart(sentence, before: limit, parser: parser)
        if let named = nameAfterOpeningRole(at: main ?? sentence.lowerBound, limit, parser: parser, mentionAt: mentionAt) { return named }
        // `But Chief Secretary to the Treasury Paul Boateng attacked the plans, saying …`: the name after the office.
        if let title = parser.phrase(startingAt: main ?? sentence.lowerBound, upperBound: limit), title.kind == .role || title.kind == .name,
           let named = Analysis.nameAfterOffice(title, sentence, parser: parser), named.end <= limit {
            return resolve(named, parser: parser, mentionAt: mentionAt)
        }
        if let described = describedSubject(at: main ?? sentence.lowerBound, limit, parser: parser, mentionAt: mentionAt) { return described }
        if let main {
            index = main
            let opener = parser.tokens[main]
            if opener.isLowercaseWord, opener.key == Pronoun.he || opener.key == Pronoun.she,
               let pronoun = firstMentioned(from: main, before: limit, sentence, parser: parser, mentionAt: mentionAt) {
                return pronoun
            }
            if let at = (main..<limit).first(where: { mentionAt[$0].map { self.registry.entities[$0].kind == .person } ?? false }) {
                if let described = describedByOwner(at, main: main, limit, parser: parser, mentionAt: mentionAt) {
                    return described
                }
                return mentionAt[at]
            }
        }
        if let mentioned = firstMentioned(from: index, before: limit, sentence, parser: parser, mentionAt: mentionAt) { return mentioned }
        if let phrase = parser.phrase(startingAt: sentence.lowerBound, upperBound: limit) {
            return resolve(phrase, parser: parser, mentionAt: mentionAt)
        }
        return nil
    }

    /// The first speaker known from `start` on before `limit`: a name or role noun already mentioned, or a personal
    /// pronoun resolved.
    private mutating func firstMentioned(from start: Int, before limit: Int, _ sentence: Range<Int>, parser: PhraseParser, mentionAt: MentionMap) -> Int? {
        let tokens = parser.tokens
        var index = start
        while index < limit {
            if let entity = mentionAt[index] { return entity }
            let token = tokens[index]
            if token.kind == .word, token.key == Pronoun.he || token.key == Pronoun.she || token.key == Pronoun.they,
               let phrase = parser.phrase(endingAt: index, lowerBound: sentence.lowerBound) {
                return resolve(phrase, parser: parser, mentionAt: mentionAt)
            }
            index += 1
        }
        return nil
    }

    /// The name or pronoun right before a participle cue, over adverbs (`with McCain calling it …`, `with Trump
    /// reportedly yelling:`), if there is one.
    private mutating func gerundSubject(of cue: Cue, _ sentence: Range<Int>, parser: PhraseParser, mentionAt: MentionMap) -> Int? {
        guard let phrase = Analysis.phraseBeforeParticiple(cue, sentence, parser: parser), phrase.kind == .name || phrase.kind == .pronoun,
              !isVerbObject(phrase, sentence, parser.tokens) else { return nil }
        return resolve(phrase, parser: parser, mentionAt: mentionAt)
    }

    /// Whether a name right before a participle is the object of a verb before it (`Mr Hockney also left UKIP
    /// saying …`), so the participle belongs to the clause's subject: a lower-case word that is no preposition,
    /// conjunction, determiner, cue or role (`election coordinator Alan Milburn`) stands right before it.
    private func isVerbObject(_ phrase: Phrase, _ sentence: Range<Int>, _ tokens: UnsafeBufferPointer<Token>) -> Bool {
        guard phrase.kind == .name, phrase.start > sentence.lowerBound + 1 else { return false }
        let before = tokens[phrase.start - 1]
        var opener = phrase.start - 1
        while opener > sentence.lowerBound, phrase.start - opener < 4, tokens[opener].isLowercaseWord, tokens[opener].key != Analysis.with { opener -= 1 }
        // `with election coordinator Alan Milburn accusing …` has the name as the participle's subject.
        guard tokens[opener].kind != .word || tokens[opener].key != Analysis.with else { return false }
        return before.isLowercaseWord && !before.lexicons.contains(.preposition) && !before.lexicons.contains(.conjunction)
            && !before.lexicons.contains(.determiner) && !before.lexicons.contains(.cue) && !before.lexicons.contains(.pronoun)
            && !before.lexicons.contains(.roleHead) && !before.lexicons.contains(.roleModifier)
    }

    /// The name after `with` that a participle cue takes as its subject (`…, with Sen. Ann Lee calling it a “menu.”`):
    /// the quotation is that person's whatever cue the sentence had before.
    private mutating func absoluteParticipleSubject(of cue: Cue, _ sentence: Range<Int>, parser: PhraseParser, mentionAt: MentionMap) -> Int? {
        guard let phrase = Analysis.phraseBeforeParticiple(cue, sentence, parser: parser), phrase.kind == .name, phrase.start > sentence.lowerBound,
              parser.tokens[phrase.start - 1].isLowercaseWord, parser.tokens[phrase.start - 1].key == Analysis.with else { return nil }
        return resolve(phrase, parser: parser, mentionAt: mentionAt)
    }

    /// The speaker phrase ending right before a participle cue, over adverbs (`Trump reportedly yelling`).
    private static func phraseBeforeParticiple(_ cue: Cue, _ sentence: Range<Int>, parser: PhraseParser) -> Phrase? {
        var last = cue.index - 1
        while last > sentence.lowerBound, isAdverb(parser.tokens[last], parser.scalars) { last -= 1 }
        guard last >= sentence.lowerBound else { return nil }
        return parser.phrase(endingAt: last, lowerBound: sentence.lowerBound)
    }

    /// The quotation this one continues when a single attribution interrupts them (`“A,” he said, “B.”`).
    private func interruptedQuote(before position: Int, cueToken: Int, _ sentence: Range<Int>, parser: PhraseParser) -> Int? {
        var index = cueToken - 1
        while index >= sentence.lowerBound, position - index < 14 {
            let token = parser.tokens[index]
            if token.kind == .quote {
                let earlier = Int(token.key)
                let attribution = attributions[earlier]
                guard attribution.cueAfter, attribution.cueToken == cueToken, attribution.keep else { return nil }
                return attribution.mergedInto ?? earlier
            }
            index -= 1
        }
        return nil
    }
}
