/// Reads noun phrases that may name a speaker, backwards from a cue's subject slot or forwards after a cue.
struct PhraseParser {
    /// The article's scalars.
    let scalars: [Unicode.Scalar]
    /// The block's frame tokens, read through their storage without index checks: a parser lives only inside
    /// `Analysis.analyse(block:)`, while that storage is lent, and every read is bounded by the rules' own tests.
    let tokens: UnsafeBufferPointer<Token>
    /// The cue lexicon (`CueLexicon.table`), read once per block rather than at every cue word.
    let cues: CueTable
    /// The word lists read at nearly every phrase (`PhraseLexicons.shared`), held here for the same reason.
    let lexicons: PhraseLexicons
    /// Whether any noun after an article may head a speaker phrase ("the Gawker employee wrote"), not only role,
    /// group and organisation nouns; used next to quotations, where a cue makes the reading safe.
    var lenient = false

    static let particles = WordList("de da di du del der den van von bin ibn al el la le dos das y")
    /// Nouns of time, which head no speaker phrase (`in the past predicted`, `at the time said`).
    static let timeNouns = WordList("past future present time times moment year years month months week weeks day days decade decades hours minutes")
    static let articles = WordList("a an the this that these those his her its their our my your")
    /// The key of `year-old`, the head of an age (`the 46-year-old`), as its `WordHash.key` value.
    static let yearOld: WordKey = 0xb11a_7f5d_ec7e_2fd4

    /// Whether a token is a word that can belong to a proper name.
    @inline(__always)
    func isNameWord(_ index: Int) -> Bool {
        let token = tokens[index]
        return token.kind == .word && token.isCapitalised && (token.isAllCaps || !token.lexicons.contains(.notName) || namesSundayPaper(index))
    }

    /// Whether a weekday opens a newspaper's name (`the Sunday Times`, `Sunday Telegraph`).
    private func namesSundayPaper(_ index: Int) -> Bool {
        guard tokens[index].lexicons.contains(.weekday), index + 1 < tokens.count else { return false }
        let next = tokens[index + 1]
        return next.kind == .word && next.isCapitalised && lexicons.paperNames.contains(next.key) && tokens[index].end + 1 == next.start
    }

    /// Whether a token is a place: a word that ends place names ("Street", "County"), or a one-word place name
    /// standing alone ("Ohio", not the surname in "Whitney Houston").
    func isPlace(_ index: Int) -> Bool {
        let token = tokens[index]
        guard token.kind == .word else { return false }
        if token.listed(in: .placeWord) { return !isCompassSurname(index) }
        guard lexicons.placeNames.contains(token.key) else { return false }
        return !(index > 0 && isNameWord(index - 1) && tokens[index - 1].end + 1 == token.start)
    }

    /// Whether a compass word ends a person's name (`Cornel West`) rather than a region's (`the Middle East`) or a
    /// constituency's (`the MP for Ealing North`): it follows a name word that is no region prefix nor follows a
    /// preposition.
    func isCompassSurname(_ index: Int) -> Bool {
        guard index > 0, lexicons.compassWords.contains(tokens[index].key) else { return false }
        let previous = tokens[index - 1]
        guard isNameWord(index - 1), previous.end + 1 == tokens[index].start, !lexicons.regionPrefixes.contains(previous.key) else { return false }
        return index < 2 || tokens[index - 2].kind != .word || !tokens[index - 2].lexicons.contains(.preposition)
    }

    /// Whether a capitalised common word continues a name begun by the token before ("Theresa May").
    @inline(__always)
    func continuesName(_ index: Int) -> Bool {
        guard index > 0 else { return false }
        let token = tokens[index]
        guard token.kind == .word, token.isCapitalised, !token.lexicons.contains(.pronoun),
              !token.lexicons.contains(.determiner), !token.lexicons.contains(.preposition),
              !token.lexicons.contains(.weekday) else { return false }
        return isNameWord(index - 1) && !isHonorific(index - 1) && !isRoleWord(index - 1) && tokens[index - 1].end + 1 == token.start
    }

    /// Whether a token is an honorific ("Mr", "Dr").
    @inline(__always)
    func isHonorific(_ index: Int) -> Bool {
        tokens[index].kind == .word && tokens[index].lexicons.contains(.honorific)
    }

    /// Whether a token may be followed by a full stop inside a name ("Mr.", "Rep.", an initial).
    @inline(__always)
    func isDottedPrefix(_ index: Int) -> Bool {
        let token = tokens[index]
        guard token.kind == .word, token.isCapitalised else { return false }
        return token.end - token.start == 1 || token.lexicons.contains(.honorific) || token.lexicons.contains(.abbreviation)
    }

    /// Whether a token is a word that can stand in a role phrase before a name or as its head.
    @inline(__always)
    func isRoleWord(_ index: Int) -> Bool {
        let token = tokens[index]
        return token.kind == .word && (token.lexicons.contains(.roleHead) || token.lexicons.contains(.roleModifier))
    }

    /// Whether a lower-case word can modify a head noun inside a description.
    @inline(__always)
    func isModifier(_ index: Int) -> Bool {
        let token = tokens[index]
        guard token.kind == .word else { return false }
        if token.isCapitalised { return !token.lexicons.contains(.notName) }
        return !token.lexicons.contains(.notName) && !token.lexicons.contains(.skippable)
            && !token.lexicons.contains(.cue) && !token.lexicons.contains(.stanceVerb)
    }

    /// The kind a head noun gives a description, if it can head one.
    @inline(__always)
    func headKind(_ token: Token) -> PhraseKind? {
        if token.lexicons.contains(.roleHead) { return .role }
        if token.lexicons.contains(.groupHead) { return .group }
        if token.lexicons.contains(.organisationHead) { return .organisation }
        return nil
    }

    /// Endings of plural nouns for people that no common surname has.
    private static let pluralEndings = ["ists", "ians", "ants", "ents", "ees"]

    /// Whether a capitalised word has the shape of a plural noun for people (`Bookmakers`, `Creditors`, `Optimists`,
    /// `Licensees`) rather than of a surname (`Sanders`, `Chambers`): ending in `-ists`, `-ians`, `-ants`, `-ents` or
    /// `-ees` at six letters or more, or in `-ers` or `-ors` at nine or more.
    func isPluralNoun(_ index: Int) -> Bool {
        let token = tokens[index]
        let length = token.end - token.start
        guard token.kind == .word, length >= 6, !token.isAllCaps else { return false }
        let ends = { (suffix: String) -> Bool in
            let tail = suffix.unicodeScalars
            return zip(scalars[(token.end - tail.count)..<token.end], tail).allSatisfy { $0 == $1 }
        }
        return PhraseParser.pluralEndings.contains(where: ends) || length >= 9 && (ends("ers") || ends("ors"))
    }

    /// Whether a word is an acronym's plural, capitalised wherever it stands (`MPs`, `MEPs`).
    func isPluralAcronym(_ token: Token) -> Bool {
        guard token.end - token.start >= 3, scalars[token.end - 1] == "s" else { return false }
        return (token.start..<(token.end - 1)).allSatisfy { ScalarClass.isUppercase(scalars[$0]) }
    }

    /// The acronym in parentheses right after a name that spells the initials of its capitalised words (`the
    /// Qualifications and Curriculum Authority (QCA)`): its token, if there is one.
    func acronym(after name: Range<Int>) -> Int? {
        let index = name.upperBound + 1
        guard isParenthesisedAcronym(index) else { return nil }
        let initials = name.filter { tokens[$0].kind == .word && tokens[$0].isCapitalised }.map { scalars[tokens[$0].start] }
        return initials.count >= 2 && initials.elementsEqual((tokens[index].start..<tokens[index].end).lazy.map { scalars[$0] }) ? index : nil
    }

    /// Whether the token is an acronym alone between parentheses (`(QCA)`).
    func isParenthesisedAcronym(_ index: Int) -> Bool {
        index > 0 && index + 1 < tokens.count && tokens[index].isAllCaps && tokens[index - 1].isPunctuation("(") && tokens[index + 1].isPunctuation(")")
    }

    /// Whether a token is a lower-case ordinal, which may modify a role head (`said the second official`).
    private func isOrdinal(_ index: Int) -> Bool {
        tokens[index].isLowercaseWord && lexicons.ordinals.contains(tokens[index].key)
    }

    /// Whether the token is the `year-old` of an age written `46-year-old`.
    func isAge(_ index: Int) -> Bool {
        guard index >= 2, tokens[index].kind == .word, tokens[index].key == PhraseParser.yearOld else { return false }
        return tokens[index - 1].isPunctuation("-") && tokens[index - 2].kind == .number
    }

    /// Whether an article opens the few words before `last` ("the Gawker employee").
    private func articleBefore(_ last: Int, lowerBound: Int) -> Bool {
        var cursor = last - 1
        while cursor >= lowerBound, last - cursor <= 4 {
            let token = tokens[cursor]
            if token.kind == .word, token.listed(in: .article) || token.lexicons.contains(.groupQuantifier) { return true }
            guard token.kind == .possessive || token.kind == .number || isModifier(cursor) else { return false }
            cursor -= 1
        }
        return false
    }

    /// The first token of the proper name that ends at `last` (inclusive), reading back over initials and particles.
    /// A capitalised word is looked for inline: most words the phrase parser asks about are not.
    @inline(__always)
    func nameStart(endingAt last: Int, lowerBound: Int) -> Int? {
        guard last >= lowerBound, tokens[last].kind == .word, tokens[last].isCapitalised else { return nil }
        return capitalisedNameStart(endingAt: last, lowerBound: lowerBound)
    }

    /// Whether a line break comes right before the token at `index`, which ends any name before it (a live post's
    /// heading `Zika Virus` above `Chris Christie said …`).
    @inline(__always)
    func breaksLine(before index: Int) -> Bool {
        tokens[index].start > tokens[index - 1].end && scalars[tokens[index].start - 1] == "\n"
    }

    /// `nameStart` for the capitalised word at `last`.
    private func capitalisedNameStart(endingAt last: Int, lowerBound: Int) -> Int? {
        guard last >= lowerBound, isNameWord(last) || (last > lowerBound && continuesName(last)), !isHonorific(last) else { return nil }
        var start = last
        var cursor = last - 1
        let organisation = tokens[last].listed(in: .organisationWord)
        while cursor >= lowerBound {
            let token = tokens[cursor]
            if breaksLine(before: cursor + 1) { break }
            if isNameWord(cursor), !isHonorific(cursor), organisation || !isRoleWordCapitalisedTitle(cursor, nameStart: start) {
                start = cursor
            } else if token.isPunctuation("."), cursor > lowerBound, tokens[cursor - 1].end - tokens[cursor - 1].start == 1, isDottedPrefix(cursor - 1), tokens[cursor - 1].end == token.start {
                start = cursor - 1
                cursor -= 1
            } else if token.kind == .word, token.listed(in: .nameParticle), !token.isCapitalised, cursor > lowerBound, isNameWord(cursor - 1) {
                start = cursor
            } else {
                break
            }
            cursor -= 1
        }
        // `Texan Michael Chicoine`, `Top-seeded Andy Roddick`: a people's word or a hyphenated modifier before a first
        // name describes the person.
        while start + 1 < last, PersonLexicon.isFirstName(tokens[start + 1].key), isDescriptor(tokens[start]) { start += 1 }
        return start
    }

    /// Whether a capitalised word describes the person named after it: a people's word (`Texan`, `Americans`) or a
    /// hyphenated modifier (`Top-seeded`).
    private func isDescriptor(_ token: Token) -> Bool {
        lexicons.demonyms.contains(token.key) || lexicons.peoples.contains(token.key) || isHyphenatedModifier(token)
    }

    /// Whether a word goes on in lower case after a hyphen, which makes it a modifier, not part of a name
    /// (`Top-seeded`, `World War II-era`, `Obama-backed`; not `Kilroy-Silk`).
    func isHyphenatedModifier(_ token: Token) -> Bool {
        guard token.end - token.start >= 4 else { return false }
        return ((token.start + 1)..<(token.end - 1)).contains { scalars[$0] == "-" && ScalarClass.isLetter(scalars[$0 + 1]) && !ScalarClass.isUppercase(scalars[$0 + 1]) }
    }

    /// Whether a word is one of the lower-case words inside an office's name (`Secretary of State for Culture, Media
    /// and Sport`, `Chief Secretary to the Treasury`): `of`, `for`, `to`, `the` or `and`.
    @inline(__always)
    static func isOfficeLink(_ key: WordKey) -> Bool {
        key == Analysis.of || key == Analysis.for || key == Analysis.to || key == Analysis.the || key == Analysis.and
    }

    /// Where a person's name starts inside capitalised words that go on from an office's `of` or `for` phrase
    /// (`Chancellor of the Exchequer Gordon Brown`, `Secretary of State for Health John Reid`) or from a party's
    /// opening `For` (`For the Lib Dems David Laws said`): at its first known first name after the office's words;
    /// nil when `start` follows no such phrase or no first name follows (`Ann Lee of CB Richard Ellis`), or a title
    /// stands right before it (`aide to President George W. Bush`).
    func officeEnd(_ start: Int, _ last: Int, lowerBound: Int) -> Int? {
        guard start > lowerBound, start < last, tokens[start - 1].isLowercaseWord, PhraseParser.isOfficeLink(tokens[start - 1].key),
              !PersonLexicon.isFirstName(tokens[start].key) else { return nil }
        var cursor = start - 1
        var holder = false
        while cursor >= lowerBound, start - cursor <= 8, tokens[cursor].kind == .word,
              tokens[cursor].isCapitalised || PhraseParser.isOfficeLink(tokens[cursor].key) || isRoleWord(cursor) {
            if isRoleWord(cursor) { holder = true }
            cursor -= 1
        }
        let opensFor = tokens[cursor + 1].key == Analysis.for && (cursor < lowerBound || tokens[cursor].kind == .punctuation)
        guard holder || opensFor,
              let first = ((start + 1)..<last).first(where: { tokens[$0].kind == .word && PersonLexicon.isFirstName(tokens[$0].key) }) else { return nil }
        // `aide to President George W. Bush`: a title right before the first name is that person's, not an office's.
        return isRoleWord(first - 1) || isHonorific(first - 1) ? nil : first
    }

    /// Whether a capitalised word is a title before the name rather than part of it ("Secretary James Cleverly").
    private func isRoleWordCapitalisedTitle(_ index: Int, nameStart: Int) -> Bool {
        guard isRoleWord(index) else { return false }
        var cursor = index + 1
        while cursor < nameStart, isRoleWord(cursor) { cursor += 1 }
        return cursor == nameStart || isRoleWord(index + 1)
    }

    /// The `the` that opens a role named by a list of departments when `and` at `index` joins them (`the trade and
    /// industry secretary`, `the culture, media and sport secretary`), read back over lower-case modifiers and
    /// commas; nil otherwise.
    private func departmentListStart(and index: Int, lowerBound: Int) -> Int? {
        guard tokens[index].isLowercaseWord, tokens[index].key == Analysis.and else { return nil }
        var cursor = index - 1
        while cursor > lowerBound, index - cursor <= 6, tokens[cursor].isPunctuation(",") || tokens[cursor].isLowercaseWord && isModifier(cursor) {
            cursor -= 1
        }
        guard cursor < index - 1, cursor >= lowerBound, tokens[cursor].kind == .word, tokens[cursor].key == Analysis.the,
              !tokens[cursor + 1].isPunctuation(",") else { return nil }
        return cursor
    }

    /// The speaker phrase that ends at token `last`, reading no further back than `lowerBound`.
    func phrase(endingAt last: Int, lowerBound: Int) -> Phrase? {
        guard last >= lowerBound, last < tokens.count else { return nil }
        let token = tokens[last]
        guard token.kind == .word else { return nil }
        if token.lexicons.contains(.pronoun), !token.isAllCaps {
            return Phrase(start: last, end: last + 1, coreStart: last, kind: .pronoun, isDefinite: true, hasPossessive: false)
        }
        if isAge(last), last - 3 >= lowerBound, lexicons.definites.contains(tokens[last - 3].key) {
            return Phrase(start: last - 3, end: last + 1, coreStart: last - 2, kind: .age, isDefinite: true, hasPossessive: false)
        }
        let capitalisedHead = token.isCapitalised && !token.isAllCaps && headKind(token) != nil
            && (last == lowerBound || isPluralAcronym(token) || (tokens[last - 1].kind == .word && (tokens[last - 1].lexicons.contains(.determiner) || tokens[last - 1].lexicons.contains(.groupQuantifier))))
        if !capitalisedHead, let run = nameStart(endingAt: last, lowerBound: lowerBound) {
            let core = officeEnd(run, last, lowerBound: lowerBound) ?? run
            var start = core
            while start > lowerBound, isHonorific(start - 1) || (tokens[start - 1].isPunctuation(".") && start - 2 >= lowerBound && isDottedPrefix(start - 2)) {
                start -= tokens[start - 1].kind == .punctuation ? 2 : 1
            }
            while start > lowerBound, isRoleWord(start - 1) { start -= 1 }
            if start > lowerBound, tokens[start - 1].key == Analysis.the { start -= 1 }
            return Phrase(start: start, end: last + 1, coreStart: core, kind: .name, isDefinite: true, hasPossessive: false)
        }
        guard !token.isCapitalised || token.isAllCaps || capitalisedHead else { return nil }
        let guessed = lenient && isModifier(last) && !lexicons.timeNouns.contains(token.key) && articleBefore(last, lowerBound: lowerBound)
        guard let kind = headKind(token) ?? (guessed ? .role : nil) else { return nil }
        var start = last
        var modifiers = 0
        var possessive = false
        var cursor = last - 1
        while cursor >= lowerBound, modifiers < 6 {
            let current = tokens[cursor]
            if current.kind == .possessive {
                possessive = true
                cursor -= 1
                continue
            }
            if current.kind == .number {
                start = cursor
                cursor -= 1
                continue
            }
            if current.isPunctuation("-"), cursor > lowerBound, isAge(cursor + 1) {
                cursor -= 1
                continue
            }
            guard current.kind == .word else { break }
            if current.lexicons.contains(.determiner) || current.lexicons.contains(.groupQuantifier) {
                start = cursor
                break
            }
            if kind == .role, let the = departmentListStart(and: cursor, lowerBound: lowerBound) {
                start = the
                break
            }
            // `More than 20 ministers`: the quantity's `than` and what comes before it open no description.
            guard isModifier(cursor) || isOrdinal(cursor), !lexicons.quantityLinks.contains(current.key) else { break }
            start = cursor
            modifiers += 1
            cursor -= 1
        }
        let first = tokens[start]
        if first.kind == .word, lexicons.negatingDeterminers.contains(first.key) { return nil }
        var coreStart = start
        var definite = false
        if first.kind == .word, first.listed(in: .article) {
            coreStart = start + 1
            definite = lexicons.definites.contains(first.key)
        }
        if possessive { definite = true }
        let quantified = start < last && (lexicons.singleOut.contains(tokens[start].key)
            || headKind(token) != nil && (tokens[start].lexicons.contains(.determiner) || tokens[start].lexicons.contains(.groupQuantifier)))
        if kind == .role, !definite, coreStart == start, modifiers == 0, !token.isAllCaps, !quantified {
            return nil
        }
        return Phrase(start: start, end: last + 1, coreStart: coreStart, kind: kind, isDefinite: definite, hasPossessive: possessive)
    }

    /// Whether lower-case words after a capitalised run lead to a head noun ("Republican presidential candidate").
    private func modifiesHead(after end: Int, upperBound: Int) -> Bool {
        var cursor = end + 1
        while cursor < upperBound, cursor - end <= 4, tokens[cursor].isLowercaseWord {
            if headKind(tokens[cursor]) != nil { return true }
            guard isModifier(cursor) else { return false }
            cursor += 1
        }
        return false
    }

    /// Whether the `of` at `index` inside a description leads over lower-case words to a name (`master of ceremonies
    /// Asab Tabchi`, `head of communications Ann Lee`), so the description runs on to that name.
    private func ofLeadsToName(after index: Int, upperBound: Int) -> Bool {
        var cursor = index + 1
        while cursor < upperBound, cursor - index <= 3, tokens[cursor].isLowercaseWord, isModifier(cursor) { cursor += 1 }
        return cursor > index + 1 && cursor < upperBound && isNameWord(cursor)
    }

    /// Whether role words after `and` at `index` lead to a name (`chairman and chief executive Richard Parsons`): the
    /// roles joined are the name's titles, not two descriptions.
    private func rolesLeadToName(after index: Int, upperBound: Int) -> Bool {
        var next = index + 1
        while next < upperBound, next - index <= 4, isRoleWord(next), !isNameWord(next) { next += 1 }
        return next > index + 1 && next < upperBound && isNameWord(next)
    }

    /// The speaker phrase that starts at token `first` (after an inverted cue: "said Mr Smith", "said the official"); a
    /// name that only modifies a later name is passed over ("said Clinton ally James Carville"), and so is an age
    /// before it ("said 20-year-old student Nick Vaughan").
    func phrase(startingAt first: Int, upperBound: Int) -> Phrase? {
        guard first < upperBound else { return nil }
        if tokens[first].kind == .number, first + 3 < upperBound, isAge(first + 2) {
            return phrase(startingAt: first + 3, upperBound: upperBound)
        }
        let token = tokens[first]
        guard token.kind == .word else { return nil }
        if token.lexicons.contains(.pronoun), token.key != Pronoun.who, !token.isAllCaps {
            return Phrase(start: first, end: first + 1, coreStart: first, kind: .pronoun, isDefinite: true, hasPossessive: false)
        }
        var cursor = first
        var lastHead: Int?
        while cursor < upperBound, cursor - first < 9 {
            let current = tokens[cursor]
            if current.kind == .possessive || (current.kind == .number && cursor > first) { cursor += 1; continue }
            if cursor == first, current.kind == .word, current.isCapitalised, current.lexicons.contains(.notName),
               !current.lexicons.contains(.determiner), !current.lexicons.contains(.pronoun),
               cursor + 1 < upperBound, isNameWord(cursor + 1) {
                var end = cursor + 1
                while end + 1 < upperBound, isNameWord(end + 1) { end += 1 }
                let start = isHonorific(cursor) || lexicons.nameLikeFunctionWords.contains(current.key) ? cursor : cursor + 1
                return Phrase(start: start, end: end + 1, coreStart: start, kind: .name, isDefinite: true, hasPossessive: false)
            }
            if current.kind == .punctuation, current.key == 46, cursor > first, isDottedPrefix(cursor - 1) {
                cursor += 1
                continue
            }
            if current.isPunctuation("-"), cursor + 1 < upperBound, isAge(cursor + 1) {
                cursor += 1
                continue
            }
            guard current.kind == .word else { break }
            if cursor > first, current.isLowercaseWord, current.key == Analysis.and, isRoleWord(cursor - 1), rolesLeadToName(after: cursor, upperBound: upperBound) {
                cursor += 1
                continue
            }
            if cursor > first, current.lexicons.contains(.determiner) { break }
            if cursor > first, current.key == Analysis.of, tokens[cursor - 1].isLowercaseWord, ofLeadsToName(after: cursor, upperBound: upperBound) {
                cursor += 1
                continue
            }
            if isNameWord(cursor) || isHonorific(cursor) || current.listed(in: .nameParticle) && cursor + 1 < upperBound && isNameWord(cursor + 1) {
                var end = cursor
                while end + 1 < upperBound, isNameWord(end + 1) || isHonorific(end + 1) || (tokens[end + 1].isPunctuation(".") && isDottedPrefix(end) && end + 2 < upperBound && isNameWord(end + 2)) || (tokens[end + 1].listed(in: .nameParticle) && !tokens[end + 1].isCapitalised && end + 2 < upperBound && isNameWord(end + 2)) {
                    end += 1
                }
                if modifiesHead(after: end, upperBound: upperBound) || (end + 1 < upperBound && tokens[end + 1].kind == .possessive) {
                    cursor = end + 1
                    continue
                }
                if end + 2 < upperBound, tokens[end + 1].isLowercaseWord, isModifier(end + 1), isNameWord(end + 2) {
                    cursor = end + 2
                    continue
                }
                if isNameWord(end), let parsed = phrase(endingAt: end, lowerBound: first) { return parsed }
                break
            }
            if headKind(current) != nil { lastHead = cursor }
            if !(current.lexicons.contains(.determiner) || current.lexicons.contains(.groupQuantifier) || isModifier(cursor) || isOrdinal(cursor)) { break }
            cursor += 1
        }
        if lastHead == nil, cursor > first, isAge(cursor - 1) || lenient && cursor > first + 1 && tokens[cursor - 1].isLowercaseWord {
            lastHead = cursor - 1
        }
        guard let lastHead else { return nil }
        return phrase(endingAt: lastHead, lowerBound: first)
    }
}
