/// Reported speech (`X said both governments would …`, `…, according to X`, `…, saying …`) and stances
/// (`X wants …`, `X is not expected to …`, in sentences without quotations).
extension Analysis {
    /// Finds reported statements (nested ones too), else stances, in `sentence`, whose words `summary` sums up. In a
    /// sentence that also holds quotations (`withQuotes`), only cues no quotation took and clauses without a quotation
    /// count.
    mutating func findReportedSpeech(in sentence: Range<Int>, _ summary: SentenceSummary, block: BlockPlace, parser: PhraseParser, mentionAt: MentionMap,
                                     withQuotes: Bool = false) {
        let tokens = parser.tokens
        let question = recordQuestion(sentence, block: block, parser: parser)
        var reported = question
        // Every turn of this loop that does anything starts at a word of the cue lexicon (`cue(at:)`) or of the
        // evidence verbs (`recordFinding`), and changes nothing otherwise: it runs from the first such word to the last.
        for index in summary.span(of: LexiconBits().adding(.cue).adding(.evidenceVerb), sentence, tokens) {
            guard tokens[index].kind == .word else { continue }
            guard let cue = cue(at: index, sentence, parser: parser) else {
                if recordFinding(at: index, sentence, block: block, parser: parser, mentionAt: mentionAt, withQuotes: withQuotes) { reported = true }
                continue
            }
            if withQuotes, isQuoteCue(index, sentence, tokens) { continue }
            if cue.entry.isGerund && !cue.isAccording && !isProgressive(index, sentence, tokens) || isPerfectParticiple(index, sentence, tokens) {
                if recordParticiple(cue, sentence, block: block, parser: parser, mentionAt: mentionAt, withQuotes: withQuotes) { reported = true }
                continue
            }
            if let quoted = quotedSource(of: cue, sentence, parser: parser, mentionAt: mentionAt) {
                // `The paper quoted Tom Reed as saying that profits would fall.`: what follows `as saying` is his.
                var start = quoted.end
                if start < sentence.upperBound, tokens[start].isLowercaseWord, tokens[start].key == Analysis.that { start += 1 }
                var end = trimmedEnd(start, clauseEnd(from: start, to: sentence.upperBound, sentence, parser: parser), tokens)
                // `Verizon has held talks with MCI, Reuters quoted sources as saying.`: the clause before is theirs.
                if wordCount(start, end, tokens) < 3, let comma = (max(sentence.lowerBound, cue.index - 6)..<cue.index).last(where: { tokens[$0].isPunctuation(",") }) {
                    (start, end) = (sentence.lowerBound, comma)
                }
                guard wordCount(start, end, tokens) >= 3, !withQuotes || !containsQuote(start, end, tokens) else { continue }
                record(quoted.entity, .reported, cue: cueRange(cue, parser: parser), block: block, from: tokens[start].start, to: tokens[end - 1].end)
                reported = true
                continue
            }
            if let speaker = postposedSpeaker(of: cue, sentence, parser: parser, mentionAt: mentionAt) {
                var (start, end) = (sentence.lowerBound, trimmedEnd(sentence.lowerBound, index - 1, tokens))
                if wordCount(start, end, tokens) < 3, speaker.end < sentence.upperBound {
                    (start, end) = (speaker.end + 1, trimmedEnd(speaker.end + 1, sentence.upperBound, tokens))
                }
                guard wordCount(start, end, tokens) >= 3, !withQuotes || !containsQuote(start, end, tokens) else { continue }
                record(speaker.entity, .reported, cue: cueRange(cue, parser: parser), block: block, from: tokens[start].start, to: tokens[end - 1].end)
                reported = true
                continue
            }
            let entity: Int
            let phrase: Phrase
            var speaks = true
            if let named = Analysis.subjectPhrase(of: index, isAccording: cue.isAccording, sentence, parser: parser),
               let resolved = resolve(named, parser: parser, mentionAt: mentionAt) {
                (entity, phrase) = (resolved, named)
            } else if !cue.isAccording, let plain = plainSubject(of: index, sentence, parser: parser) ?? coordinatedSubject(of: index, sentence, parser: parser, mentionAt: mentionAt) {
                entity = plain.entity
                phrase = Phrase(start: plain.start, end: index, coreStart: plain.start, kind: .group, isDefinite: false, hasPossessive: false)
                speaks = !tokens[plain.start..<index].contains { $0.kind == .word && $0.key != Analysis.of && $0.listed(in: .preposition) }
            } else if cue.isAccording, let source = accordingSource(after: cue, sentence, parser: parser) {
                entity = source.entity
                phrase = Phrase(start: cue.end, end: source.end, coreStart: cue.end, kind: .organisation, isDefinite: false, hasPossessive: false)
            } else {
                if recordFinding(at: index, sentence, block: block, parser: parser, mentionAt: mentionAt, withQuotes: withQuotes) { reported = true }
                continue
            }
            let minimum = cue.entry.requiredParticle == Analysis.to ? 1 : 3
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
                if isPassive(cue, sentence, tokens) { continue }
                start = clauseStart(after: cue, sentence, parser: parser)
                let punctuationNext = cue.end < sentence.upperBound && tokens[cue.end].kind == .punctuation && !tokens[cue.end].isPunctuation(":")
                let inverted = !question && phrase.start > sentence.lowerBound + 4 && tokens[phrase.start - 1].isPunctuation(",")
                    && start == cue.end && wordCount(start, trimmedEnd(start, end, tokens), tokens) < 6 && !opensClause(start, tokens)
                    && !Analysis.isOpeningPhrase(sentence.lowerBound, phrase.start - 1, tokens) && !Analysis.describesSpeaker(before: phrase, sentence, parser: parser)
                let wordsBefore = phrase.start > sentence.lowerBound ? wordCount(sentence.lowerBound, phrase.start - 1, tokens) : 0
                let wordsAfter = cue.end < sentence.upperBound ? wordCount(cue.end + 1, trimmedEnd(cue.end + 1, end, tokens), tokens) : 0
                let clauseBefore = phrase.start > sentence.lowerBound + 2 && tokens[phrase.start - 1].isPunctuation(",")
                let parenthetical = phrase.start == sentence.lowerBound || tokens[phrase.start - 1].isPunctuation(",")
                    || tokens[phrase.start - 1].listed(in: .subordinator)
                let asAside = phrase.start > sentence.lowerBound + 4 && tokens[phrase.start - 1].isLowercaseWord && tokens[phrase.start - 1].key == Analysis.as
                    && tokens[phrase.start - 2].isPunctuation(",") && Analysis.closesAside(after: cue.end, sentence, tokens)
                if asAside, !isPassive(cue, sentence, tokens) {
                    // `Ailes met Mr. Trump that day, as The New York Times reported on Tuesday`: the clause before `as`
                    // (not `Shares fell, as Ericsson reported a lower margin`, whose cue has its own object).
                    start = sentence.lowerBound
                    end = phrase.start - 2
                } else if parenthetical, cue.end < sentence.upperBound, tokens[cue.end].isPunctuation(","), wordsAfter >= 3, wordsBefore < wordsAfter {
                    start = cue.end + 1
                } else if punctuationNext || inverted || wordCount(start, trimmedEnd(start, end, tokens), tokens) < minimum {
                    guard clauseBefore, wordsBefore > 5 || !Analysis.isOpeningPhrase(sentence.lowerBound, phrase.start - 1, tokens) else {
                        if speaks, !withQuotes { lastSpeaker = (entity, block.index, registry.sentence) }
                        continue
                    }
                    start = sentence.lowerBound
                    end = phrase.start - 1
                } else if start == cue.end, tokens[start].kind == .word, tokens[start].key == Analysis.to || isCircumstance(start, end, cue: index, tokens) {
                    // `…, Oxfam says in a report, Paying the Price.`: a circumstance after a cue that closes the
                    // sentence leaves it the clause before.
                    guard tokens[start].key != Analysis.to, clauseBefore else {
                        // `X said in a statement.`: no words of X's here, but X is heard in the quotation that follows.
                        if speaks, !withQuotes, tokens[start].key != Analysis.to { lastSpeaker = (entity, block.index, registry.sentence) }
                        continue
                    }
                    start = sentence.lowerBound
                    end = phrase.start - 1
                }
            }
            let relative = phrase.end < index && (phrase.end..<index).contains { tokens[$0].isLowercaseWord && tokens[$0].key == Pronoun.who }
            let opening = phrase.start > sentence.lowerBound && tokens[sentence.lowerBound].kind == .word
                && tokens[sentence.lowerBound].listed(in: .subordinator)
            end = trimmedEnd(start, clauseEnd(from: start, to: end, sentence, parser: parser, inRelativeClause: relative, inOpeningClause: opening), tokens)
            if withQuotes, containsQuote(start, end, tokens), let comma = clauseBreak(before: start, end, tokens), wordCount(start, comma, tokens) >= 4,
               !tokens[start].lexicons.contains(.preposition), !tokens[start].listed(in: .subordinator),
               !tokens[start].lexicons.contains(.conjunction) {
                end = comma
            }
            guard wordCount(start, end, tokens) >= minimum, !withQuotes || !containsQuote(start, end, tokens) else { continue }
            // `If they do not respond or their explanations are rejected, …`: a conjunction right after the cue joins
            // another clause; nothing was said.
            if start == cue.end, tokens[start].isLowercaseWord, Analysis.clauseJoiners.contains(tokens[start].key) { continue }
            if start == cue.end, tokens[start].isLowercaseWord, Analysis.occasionPrepositions.contains(tokens[start].key) {
                let subordinate = phrase.start > sentence.lowerBound && tokens[phrase.start - 1].kind == .word
                    && tokens[phrase.start - 1].listed(in: .subordinator)
                if let after = clauseAfterOccasion(start, end, tokens, commaCloses: !subordinate), wordCount(after, end, tokens) >= minimum {
                    start = after
                } else if namesOccasion(after: start, end, tokens) {
                    if speaks, !withQuotes { lastSpeaker = (entity, block.index, registry.sentence) }
                    continue
                }
            }
            record(entity, .reported, cue: cueRange(cue, parser: parser), block: block, from: tokens[start].start, to: tokens[end - 1].end, speaks: speaks)
            reported = true
        }
        if !reported, recordSourceOpening(sentence, block: block, parser: parser, withQuotes: withQuotes) { reported = true }
        if withQuotes { return }
        // `isStance` holds only for a word of the appearance verbs, the stance verbs or the stance predicates.
        let stanceLexicons = LexiconBits().adding(.appearanceVerb).adding(.stanceVerb).adding(.stancePredicate)
        for index in summary.span(of: stanceLexicons, sentence, tokens) where isStance(index, sentence, tokens) {
            var subject: (entity: Int, end: Int, speaks: Bool)?
            if let phrase = Analysis.subjectPhrase(of: index, isAccording: false, sentence, parser: parser), phrase.kind != .pronoun || tokens[phrase.start].key != Pronoun.it,
               let entity = resolve(phrase, parser: parser, mentionAt: mentionAt) {
                subject = (entity, phrase.end, true)
            } else if StanceLexicon.plainSubjectVerbs.contains(tokens[index].key), let plain = plainSubject(of: index, sentence, parser: parser, anyCue: true) {
                subject = (plain.entity, index, false)
            }
            guard let subject else { continue }
            var from = subject.end < index && (subject.end..<index).contains { tokens[$0].isPunctuation(",") } ? index : subject.end
            if from < index, tokens[from].isLowercaseWord, tokens[from].key == Pronoun.who { from += 1 }
            let end = trimmedEnd(from, clauseEnd(from: from, to: sentence.upperBound, sentence, parser: parser), tokens)
            guard wordCount(from, end, tokens) >= 3 else { continue }
            record(subject.entity, .stance, cue: TextRange(start: tokens[index].start, end: tokens[index].end), block: block, from: tokens[from].start, to: tokens[end - 1].end,
                   speaks: subject.speaks && !reported)
        }
    }

    /// Whether the cue ending before `start` closes an aside that closes its clause: at most three words (a time or a
    /// place: `on Tuesday`, `in The Intercept`) stand after it before the sentence's end or a comma and a conjunction
    /// (`…, and he will …`); not an aside inside a clause that goes on (`But the last part, as Krugman noted, is …`).
    private static func closesAside(after start: Int, _ sentence: Range<Int>, _ tokens: UnsafeBufferPointer<Token>) -> Bool {
        var index = start
        while index < sentence.upperBound, index - start <= 3, tokens[index].kind == .word || tokens[index].kind == .number { index += 1 }
        guard index - start <= 3 else { return false }
        if index == sentence.upperBound || tokens[index].kind == .punctuation && !tokens[index].isPunctuation(",") && !tokens[index].isDash { return true }
        return tokens[index].isPunctuation(",") && index + 1 < sentence.upperBound && tokens[index + 1].isLowercaseWord
            && tokens[index + 1].lexicons.contains(.conjunction)
    }

    /// A participle cue after the main clause (`X attacked Y, saying that …`), spoken by the sentence's subject (after a
    /// quotation, by the subject of the cue before it: `X told Y that Z was “a disgrace,” adding that …`);
    /// whether it was recorded.
    private mutating func recordParticiple(_ cue: Cue, _ sentence: Range<Int>, block: BlockPlace, parser: PhraseParser, mentionAt: MentionMap, withQuotes: Bool) -> Bool {
        let tokens = parser.tokens
        let lead = isPerfectParticiple(cue.index, sentence, tokens) ? cue.index - 1 : cue.index
        guard lead > sentence.lowerBound + 2, tokens[lead - 1].isPunctuation(",") || endsWithComma(quote: tokens[lead - 1]) else { return false }
        let afterQuote = tokens[lead - 1].kind == .quote ? finiteSubject(before: lead, sentence, parser: parser, mentionAt: mentionAt) : nil
        guard let entity = afterQuote ?? firstSubject(before: lead - 1, sentence, parser: parser, mentionAt: mentionAt) else { return false }
        let start = clauseStart(after: cue, sentence, parser: parser)
        guard start < sentence.upperBound, tokens[start].kind == .word, tokens[start].key != Analysis.to else { return false }
        // `tweeting after Clinton's speech`: a time opener right after the participle dates it; nothing said follows.
        if start == cue.end, tokens[start].isLowercaseWord, FunctionWordLexicon.circumstanceOpeners.contains(tokens[start].key) { return false }
        let end = trimmedEnd(start, sentence.upperBound, tokens)
        let minimum = cue.entry.requiredParticle == Analysis.to ? 1 : 3
        guard wordCount(start, end, tokens) >= minimum, !containsQuote(start, end, tokens) || !withQuotes else { return false }
        record(entity, .reported, cue: cueRange(cue, parser: parser), block: block, from: tokens[start].start, to: tokens[end - 1].end)
        return true
    }

    /// Whether the cue is a past form after `having`, a participle like `saying` (`X, having said that …, stayed`).
    private func isPerfectParticiple(_ index: Int, _ sentence: Range<Int>, _ tokens: UnsafeBufferPointer<Token>) -> Bool {
        index > sentence.lowerBound && tokens[index - 1].isLowercaseWord && tokens[index - 1].key == Analysis.having
    }

    /// Whether a token is a quotation whose content ends with a comma (`“a disgrace,” adding that …`).
    private func endsWithComma(quote token: Token) -> Bool {
        guard token.kind == .quote else { return false }
        let quote = quotes[Int(token.key)]
        return quote.contentEnd > quote.contentStart && scalars[quote.contentEnd - 1] == ","
    }

    /// Cues strong enough to take a plain noun phrase as their speaker (`The witness said …`, `Some say …`).
    static let plainSubjectCues = WordList("""
        say says said tell tells told argue argues argued warn warns warned insist insists insisted add adds added
        note notes noted
        """)
    /// Cues that take a plain noun phrase as their speaker (`The agency reported that …`) unless a preposition follows
    /// with no `that` soon after, since their participles also follow a noun (`The plan announced on Monday would …`).
    static let plainReportCues = WordList("""
        report reports reported announce announces announced admit admits admitted predict predicts predicted explain
        explains explained acknowledge acknowledges acknowledged suggest suggests suggested claim claims claimed agree
        agreed
        """)
    /// Cues that need what was said after them, so that a circumstance there (`said of …`) is not a statement.
    static let bareSayCues = WordList("say says said report reports reported")
    /// Words that cannot head a plain subject.
    private static let notSubjects = WordList("it this that which what there who whom whose these those here nobody no-one noone none nothing")
    /// Words that show a plain subject is really a clause or a question (`there are growing fears`, `do you want`).
    static let notInSubjects = WordList("there you how what why or has have had do does did")
    /// Quantifiers that stand alone as a subject (`Some say …`).
    private static let quantifiers = WordList("some many most several both all others few")
    /// Words left of a quantity once its first word is passed over (`More than`, `A lot of`).
    static let quantityLinks = WordList("than lot lots")
    /// Words that open a sentence without belonging to its subject.
    private static let openers = WordList("but and so yet still now then also however meanwhile even though although whereas")

    /// A speaker for a strong cue (or a reporting one not followed by a preposition) whose subject is an unknown noun phrase or a share opening the clause (`Other
    /// experts say`, `The Platte River employee told …`, `46 percent said`, `nine in 10 said`): a description
    /// entity and where the phrase starts, or nil.
    mutating func plainSubject(of cueIndex: Int, _ sentence: Range<Int>, parser: PhraseParser, anyCue: Bool = false) -> (entity: Int, start: Int)? {
        let tokens = parser.tokens
        let participle = cueIndex + 1 < sentence.upperBound && tokens[cueIndex + 1].kind == .word && tokens[cueIndex + 1].listed(in: .preposition)
            && !tokens[(cueIndex + 1)..<min(sentence.upperBound, cueIndex + 8)].contains { $0.kind == .word && $0.key == Analysis.that }
        guard anyCue || tokens[cueIndex].listed(in: .plainSubjectCue) || !participle && parser.lexicons.plainReportCues.contains(tokens[cueIndex].key) else {
            return nil
        }
        var last = cueIndex - 1
        while last >= sentence.lowerBound, tokens[last].kind == .word, tokens[last].lexicons.contains(.skippable) { last -= 1 }
        if last > sentence.lowerBound, tokens[last].isPunctuation(","), let open = appositionOpening(before: last, sentence, tokens) { last = open - 1 }
        guard last >= sentence.lowerBound, !tokens[last].listed(in: .conjunction) else { return nil }
        let share = tokens[last].kind == .number || tokens[last].isPunctuation("%") || tokens[last].isLowercaseWord && Analysis.percentWords.contains(tokens[last].key)
        guard share || tokens[last].kind == .word, !Analysis.notSubjects.contains(tokens[last].key),
              !tokens[last].lexicons.contains(.preposition),
              !tokens[last].lexicons.contains(.determiner) || Analysis.quantifiers.contains(tokens[last].key),
              !tokens[last].lexicons.contains(.pronoun), !Analysis.notInSubjects.contains(tokens[last].key),
              !FunctionWordLexicon.contractions.contains(tokens[last].key) else { return nil }
        var start = last
        while start > sentence.lowerBound, last - start < 11, tokens[start - 1].kind == .word || tokens[start - 1].kind == .number || tokens[start - 1].kind == .possessive {
            let key = tokens[start - 1].key
            if tokens[start - 1].kind == .word, tokens[start - 1].listed(in: .pronoun) || tokens[start - 1].listed(in: .beForm)
                || FunctionWordLexicon.contractions.contains(key) || Analysis.notInSubjects.contains(key)
                || tokens[start - 1].isLowercaseWord && tokens[start - 1].lexicons.contains(.cue) {
                return nil
            }
            start -= 1
        }
        guard start == sentence.lowerBound || tokens[start - 1].isPunctuation(",") || tokens[start - 1].isPunctuation(";"),
              !tokens[start].listed(in: .preposition) || approximates(start, last + 1, tokens),
              !tokens[start].listed(in: .subordinator),
              !FunctionWordLexicon.negatingDeterminers.contains(tokens[start].key) else { return nil }
        let phraseStart = start
        while start < last, Analysis.openers.contains(tokens[start].key) || tokens[start].lexicons.contains(.determiner) && !Analysis.quantifiers.contains(tokens[start].key) {
            start += 1
        }
        // `More than 20 ministers`, `A lot of the athletes`: what is left of the quantity after its article opens no
        // description.
        if start < last, tokens[start].isLowercaseWord, parser.lexicons.quantityLinks.contains(tokens[start].key) {
            start += 1
            while start < last, tokens[start].key == Analysis.of || tokens[start].lexicons.contains(.determiner) { start += 1 }
        }
        let head = descriptionHead(start, last, tokens)
        let kind = share ? .group : descriptionKind(start, head, tokens)
        let definite = phraseStart < start && tokens[start - 1].key == Analysis.the
        if kind == .organisation, definite, head == last, OrganisationLexicon.companyReferences.contains(tokens[head].key),
           let company = registry.resolveCompany(at: tokens[phraseStart].start) {
            return (company, phraseStart)
        }
        let entity = registry.resolveDescription(text(tokens[start].start, tokens[last].end), kind: kind, at: tokens[start].start)
        return (entity, phraseStart)
    }

    /// The head of a plain noun phrase: the last word before any preposition (`Critics` in `Critics of the measure`).
    private func descriptionHead(_ start: Int, _ last: Int, _ tokens: UnsafeBufferPointer<Token>) -> Int {
        guard start < last, let preposition = (start + 1..<last).first(where: { tokens[$0].isLowercaseWord && tokens[$0].lexicons.contains(.preposition) }) else {
            return last
        }
        return preposition - 1
    }

    /// The kind of a plain noun phrase by its head (`Critics of the measure` are a group, `The UK's biggest mortgage
    /// lender` and `The bill` organisations, `The witness` a person); a group noun before the head makes a group too
    /// (`Sources familiar with the deal`).
    private func descriptionKind(_ start: Int, _ head: Int, _ tokens: UnsafeBufferPointer<Token>) -> SpeakerKind {
        let token = tokens[head]
        if isPlural(token) || GroupLexicon.standalone.contains(token.key) || token.lexicons.contains(.groupHead)
            || isPlural(tokens[start]) && tokens[start].lexicons.contains(.groupHead) {
            return .group
        }
        return token.lexicons.contains(.organisationHead) || Analysis.headsNoPerson(token.key) ? .organisation : .person
    }

    /// Nouns for a text or a thing that speaks through what it says (`The bill says …`, `The suit claims …`), which
    /// head no person.
    static let documentHeads = WordList("""
        bill suit book law rule rules plan proposal deal agreement treaty motion industry sector market system series game ad
        ads advert adverts advertisement commercial video letter memo editorial statement
        """)

    /// Whether a description's head names a business, a finding or a document rather than a person (`the airline`,
    /// `Recent evidence`, `The bill`).
    static func headsNoPerson(_ key: WordKey) -> Bool {
        OrganisationLexicon.companyNouns.contains(key) || EvidenceLexicon.sources.contains(key) || documentHeads.contains(key)
    }

    /// Whether a word ends in `s`, as a plural noun does.
    private func isPlural(_ token: Token) -> Bool {
        token.kind == .word && (scalars[token.end - 1] == "s" || scalars[token.end - 1] == "S")
    }

    /// Whether the cue at `index` attributes one of the sentence's quotations (inlined: an out-of-line call from a
    /// mutating rule copies the whole analysis first).
    @inline(__always)
    private func isQuoteCue(_ index: Int, _ sentence: Range<Int>, _ tokens: UnsafeBufferPointer<Token>) -> Bool {
        for position in sentence where tokens[position].kind == .quote {
            let attribution = attributions[Int(tokens[position].key)]
            if attribution.keep, attribution.cueToken == index { return true }
        }
        return false
    }

    /// Forms in -ing that after `be` report no speech (`talks are continuing`, `the committee is reporting on …`).
    private static let progressiveNonSpeech = WordList("continuing reporting")

    /// Whether a cue in -ing follows a form of `be` (`The FBI is warning that …`, `they are calling for …`), a finite
    /// verb with a subject rather than a participle.
    private func isProgressive(_ index: Int, _ sentence: Range<Int>, _ tokens: UnsafeBufferPointer<Token>) -> Bool {
        !Analysis.progressiveNonSpeech.contains(tokens[index].key) && Analysis.followsBe(index, sentence, tokens)
    }

    /// Whether a form of `be` (with `orBeen`, also `been`) stands right before `index`, over `not` and `also`.
    private static func followsBe(_ index: Int, _ sentence: Range<Int>, _ tokens: UnsafeBufferPointer<Token>, orBeen: Bool = false) -> Bool {
        var before = index - 1
        while before >= sentence.lowerBound, tokens[before].isLowercaseWord, tokens[before].key == Analysis.not || tokens[before].key == Analysis.also {
            before -= 1
        }
        guard before >= sentence.lowerBound, tokens[before].isLowercaseWord else { return false }
        return tokens[before].lexicons.contains(.beForm) || orBeen && tokens[before].key == Analysis.been
    }

    /// Whether a cue is a passive participle (`was dismissed`, `has been confirmed`, `was originally charged`); a form
    /// in -ing after `be` is progressive, not passive (`is warning`).
    @inline(__always)
    func isPassive(_ cue: Cue, _ sentence: Range<Int>, _ tokens: UnsafeBufferPointer<Token>) -> Bool {
        if cue.entry.isGerund { return false }
        var before = cue.index - 1
        while before >= sentence.lowerBound, tokens[before].isLowercaseWord, tokens[before].key != Analysis.been,
              !tokens[before].lexicons.contains(.beForm),
              tokens[before].lexicons.contains(.skippable) || tokens[before].key == Analysis.not || Analysis.isAdverb(tokens[before], scalars) {
            before -= 1
        }
        guard before >= sentence.lowerBound, tokens[before].kind == .word else { return false }
        return tokens[before].key == Analysis.been || tokens[before].lexicons.contains(.beForm)
    }

    /// Adds a reported statement or stance; a speaking one (not a finding, nor a long or stance description) becomes the
    /// latest speaker.
    mutating func record(_ entity: Int, _ kind: StatementKind, cue: TextRange, block: BlockPlace, from start: Int, to end: Int, speaks: Bool = true) {
        found.append(FoundStatement(entity: entity, kind: kind, cue: cue, block: block.index, range: TextRange(start: start, end: end)))
        if speaks { lastSpeaker = (entity, block.index, registry.sentence) }
    }

    /// Whether the token is a stance verb, or a stance predicate in `be (not) … to`.
    @inline(__always)
    private func isStance(_ index: Int, _ sentence: Range<Int>, _ tokens: UnsafeBufferPointer<Token>) -> Bool {
        let token = tokens[index]
        guard token.kind == .word, !token.isCapitalised else { return false }
        if token.lexicons.contains(.appearanceVerb) {
            return index + 1 < sentence.upperBound && (tokens[index + 1].kind != .word || !tokens[index + 1].lexicons.contains(.preposition)
                || tokens[index + 1].key == Analysis.to)
        }
        if token.lexicons.contains(.stanceVerb) {
            let compound = index + 1 < sentence.upperBound && tokens[index + 1].isLowercaseWord && StanceLexicon.nounMakers.contains(tokens[index + 1].key)
            let modified = index > sentence.lowerBound && Analysis.modifiesNoun(index - 1, sentence.lowerBound, tokens)
            // `The latest Tory plans came …`, `Labour support has been …`: a noun, as a verb right after it shows.
            let noun = StanceLexicon.nounForms.contains(token.key) && index + 1 < sentence.upperBound && tokens[index + 1].isLowercaseWord
                && (tokens[index + 1].listed(in: .finiteBe) || tokens[index + 1].listed(in: .auxiliary))
            // `are thought to have died`, `is believed to be`, `was planned for Monday`: a passive states someone
            // else's view, unless the form is also a stance predicate (`is opposed to`).
            let passive = Analysis.followsBe(index, sentence, tokens, orBeen: true)
            if !passive { return !compound && !modified && !noun && !Analysis.isPassiveWithAgent(index, sentence, tokens, scalars: scalars) }
        }
        guard token.lexicons.contains(.stancePredicate), index + 1 < sentence.upperBound, tokens[index + 1].key == Analysis.to else { return false }
        return Analysis.followsBe(index, sentence, tokens)
    }

    /// Conjunctions that, right after a cue, join another clause rather than open what was said.
    static let clauseJoiners = WordList("and but or nor")

    /// Finite forms of `be`, which after a stance word that is also a noun show it to be the noun.
    static let finiteBe = WordList("is are was were am")

    /// Whether a stance verb is a passive with its agent (`was not opposed by Manafort`, `bids for Reid rejected by
    /// the club`), which holds no stance of the subject's: `by` follows it, and a form of `be` or an -ed ending
    /// shows the participle. Static, so that the stance loop, which tests every token, does not copy the analysis
    /// for it once per token.
    private static func isPassiveWithAgent(_ index: Int, _ sentence: Range<Int>, _ tokens: UnsafeBufferPointer<Token>, scalars: [Unicode.Scalar]) -> Bool {
        guard index + 1 < sentence.upperBound, tokens[index + 1].isLowercaseWord, tokens[index + 1].key == Analysis.by else { return false }
        let verb = tokens[index]
        let endsInEd = verb.end - verb.start > 3 && scalars[verb.end - 2] == "e" && scalars[verb.end - 1] == "d"
        return endsInEd || followsBe(index, sentence, tokens, orBeen: true)
    }
}
