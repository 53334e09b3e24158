/// The forward pass over a sentence: registers proper names, definite role nouns and roles bound by apposition or
/// `as`, so that salience and roles are known before attribution.
extension Analysis {
    /// Scans the frame tokens of `sentence`, recording each mention's entity by the index of its last token.
    mutating func scanMentions(_ sentence: Range<Int>, parser: PhraseParser, mentionAt: inout MentionMap) {
        let tokens = parser.tokens
        let (the, `as`) = (Analysis.the, Analysis.as)
        noteSubjectPronoun(sentence, tokens: tokens, mentionAt: &mentionAt)
        noteAgeSubject(sentence, parser: parser, mentionAt: &mentionAt)
        var index = sentence.lowerBound
        while index < sentence.upperBound {
            let token = tokens[index]
            guard token.kind == .word else {
                if token.isPunctuation("("), index + 1 < sentence.upperBound, isPartyTag(tokens[index + 1]),
                   let close = closingParenthesis(after: index, sentence, tokens) {
                    index = close + 1
                } else {
                    index += 1
                }
                continue
            }
            // Each test below needs a capital (a name, a cue opening the sentence, an acronym in capitals) or `the`
            // or `as`; any other word, most of them, starts nothing.
            if !token.isCapitalised, !token.isAllCaps, token.key != the, token.key != `as` { index += 1; continue }
            if index == sentence.lowerBound, token.isCapitalised, !token.isAllCaps, token.lexicons.contains(.cue),
               index + 1 < sentence.upperBound, parser.isNameWord(index + 1) {
                index += 1
                continue
            }
            if index > sentence.lowerBound + 1, index + 1 < sentence.upperBound, parser.isParenthesisedAcronym(index),
               tokens[index - 2].kind == .word, tokens[index - 2].isCapitalised {
                index += 2
                continue
            }
            if token.isCapitalised, parser.isNameWord(index) || parser.isHonorific(index) {
                index = scanName(from: index, sentence, parser: parser, mentionAt: &mentionAt)
                continue
            }
            if token.key == the || token.key == `as`, let role = rolePhrase(from: index + 1, sentence.upperBound, parser: parser) {
                let after = role.end < sentence.upperBound ? tokens[role.end] : nil
                let titled = after.map { $0.kind == .word && $0.isCapitalised && !$0.lexicons.contains(.notName) } ?? false
                if token.key == `as` {
                    if let holder = latestPerson(in: sentence.lowerBound..<index, mentionAt) { registry.addRole(holder, role.phrase, strings: strings) }
                } else if !titled, parser.lexicons.bindsHolder(tokens[role.end - 1].key) {
                    let surface = text(tokens[index].start, tokens[role.end - 1].end)
                    if let entity = registry.resolveRole(role.phrase, surface: surface, at: token.start, bindUnroled: true, preferring: latestSpeaker,
                                                          strings: strings) {
                        mentionAt[role.end - 1] = entity
                    }
                }
                index = role.end
                continue
            }
            index += 1
        }
    }

    /// Resolves a `he` or `she` that opens the sentence (after `And`, `But`) and records it as a mention, so that a
    /// pronoun later on follows the chain (`And he hit back at Mr Mallon's claim. “…,” he said.`) rather than a
    /// name the sentence only mentions in passing. Inlined, as `noteAgeSubject`: most sentences open with neither.
    @inline(__always)
    private mutating func noteSubjectPronoun(_ sentence: Range<Int>, tokens: UnsafeBufferPointer<Token>, mentionAt: inout MentionMap) {
        let index = subjectStart(of: sentence, tokens)
        guard index + 1 < sentence.upperBound, tokens[index].kind == .word, tokens[index].key == Pronoun.he || tokens[index].key == Pronoun.she,
              tokens[index + 1].kind == .word,
              let entity = registry.resolvePronoun(tokens[index].key, at: tokens[index].start, preferring: latestSpeaker) else { return }
        registry.note(entity, at: tokens[index].start, surface: "")
        mentionAt[index] = entity
    }

    /// Resolves an age that opens the sentence as its subject, with the noun after it (`But the 25-year-old Dubliner
    /// underlined …`, which the parser reads as the name `Dubliner`), to the person it stands for (which notes the
    /// mention) and marks it there, so that a `he` after it follows that person rather than a name the sentence
    /// before only mentioned.
    @inline(__always)
    private mutating func noteAgeSubject(_ sentence: Range<Int>, parser: PhraseParser, mentionAt: inout MentionMap) {
        let tokens = parser.tokens
        let index = subjectStart(of: sentence, tokens)
        guard index < sentence.upperBound, tokens[index].kind == .word, tokens[index].key == Analysis.the,
              let age = ((index + 1)..<min(sentence.upperBound, index + 5)).first(where: { parser.isAge($0) }),
              let phrase = parser.phrase(startingAt: index, upperBound: sentence.upperBound), phrase.end > age,
              let entity = registry.resolveAnyPerson(at: tokens[index].start, preferring: latestSpeaker) else { return }
        mentionAt[phrase.end - 1] = entity
    }

    /// Where a sentence's subject may start: its first token, or the one after an opening `And` or `But`.
    @inline(__always)
    private func subjectStart(of sentence: Range<Int>, _ tokens: UnsafeBufferPointer<Token>) -> Int {
        let first = sentence.lowerBound
        return first < sentence.upperBound && tokens[first].kind == .word && tokens[first].lexicons.contains(.conjunction) ? first + 1 : first
    }

    /// Registers the proper name whose run starts at `start`; returns the index after it.
    private mutating func scanName(from start: Int, _ sentence: Range<Int>, parser: PhraseParser, mentionAt: inout MentionMap) -> Int {
        let tokens = parser.tokens
        var end = start
        while end + 1 < sentence.upperBound {
            let next = end + 1
            // A line break ends a name (`Zika Virus` heading a live post, then `Chris Christie said …`).
            if parser.breaksLine(before: next) { break }
            if parser.isNameWord(next) || parser.isHonorific(next) || parser.continuesName(next) { end = next; continue }
            if tokens[next].isPunctuation("."), parser.isDottedPrefix(end), next + 1 < sentence.upperBound, parser.isNameWord(next + 1) {
                end = next + 1
                continue
            }
            break
        }
        guard parser.isNameWord(end) || parser.continuesName(end), !parser.isHonorific(end), let run = parser.nameStart(endingAt: end, lowerBound: start) else { return end + 1 }
        let core = parser.officeEnd(run, end, lowerBound: sentence.lowerBound) ?? run
        var honorific: WordKey?
        var honorificStart = core
        var cursor = core - 1
        while cursor >= start, tokens[cursor].isPunctuation(".") || parser.isHonorific(cursor) || (cursor + 1 < sentence.upperBound && tokens[cursor + 1].isPunctuation(".") && parser.isRoleWord(cursor)) {
            if parser.isHonorific(cursor) { (honorific, honorificStart) = (tokens[cursor].key, cursor) }
            cursor -= 1
        }
        var roleEnd = cursor + 1
        if roleEnd + 1 < core, parser.isRoleWord(roleEnd), tokens[roleEnd + 1].isPunctuation(".") { roleEnd += 1 }
        var roleStart = cursor + 1
        while roleStart > sentence.lowerBound, parser.isRoleWord(roleStart - 1) { roleStart -= 1 }
        if roleEnd > roleStart, !tokens[roleEnd - 1].lexicons.contains(.roleHead) { roleEnd = roleStart }
        var keys: [WordKey] = []
        keys.reserveCapacity(end - core + 1)
        for index in core...end where tokens[index].kind == .word { keys.append(tokens[index].key) }
        // A post-nominal title ends no person's name (`Peter Ainsworth MP`; not `Glasgow Kelvin MP`): it is their role.
        var postnominal: Int?
        let resume = end + 1
        if keys.count >= 3, tokens[end].isAllCaps, tokens[end].lexicons.contains(.roleHead),
           PersonLexicon.isFirstName(keys[0]) {
            postnominal = end
            end -= 1
            keys.removeLast()
        }
        // A headline's capitalised verb is no name after a role (`Trump Supporter Screams 1 Controversial Word`).
        if inHeading, core == end, tokens[end].lexicons.contains(.cue) || tokens[end].lexicons.contains(.stanceVerb) { return resume }
        guard var kind = nameKind(keys, parser: parser, core: core, end: end) else { return resume }
        if kind == .person, core == start, start >= sentence.lowerBound + 2, tokens[start - 1].kind == .word,
           tokens[start - 1].key == Analysis.of || tokens[start - 1].key == Analysis.for, parser.isNameWord(start - 2) {
            kind = .organisation
        }
        if kind == .person, keys.count >= 2, core == start, isArticledName(start, end, sentence, tokens), !registry.hasPerson(named: keys),
           !PersonLexicon.isFirstName(keys[0]) {
            kind = .organisation
        }
        if kind == .person, honorific == nil, roleEnd == roleStart, end + 2 < sentence.upperBound, tokens[end + 1].isPunctuation(","),
           tokens[end + 2].isLowercaseWord, parser.lexicons.relativeWhich.contains(tokens[end + 2].key), !parser.isPlace(end),
           !parser.lexicons.placeNames.contains(keys[keys.count - 1]), !registry.hasPerson(named: keys) {
            // `Laura Ashley, which is due to report …`: a person would take `who` (not `journalist Ann Lee, which …`,
            // where `which` is the book's).
            kind = .organisation
        }
        if kind == .person, keys.count == 1, core == start, isBusiness(start, end, sentence, tokens) || followsTheArticle(start, sentence, tokens) {
            kind = .organisation
            registry.promoteToOrganisation(keys)
        }
        var gender = Gender.unknown
        if let honorific {
            if parser.lexicons.femaleHonorifics.contains(honorific) { gender = .female } else if parser.lexicons.maleHonorifics.contains(honorific) { gender = .male }
        } else if keys.count >= 2, parser.lexicons.femaleNames.contains(keys[0]) {
            gender = .female
        } else if keys.count >= 2, parser.lexicons.maleNames.contains(keys[0]) {
            gender = .male
        }
        let afterPreposition = start > sentence.lowerBound && tokens[start - 1].kind == .word && tokens[start - 1].lexicons.contains(.preposition)
        let titled = honorific != nil || roleEnd > roleStart
        let knownFirstName = keys.count >= 2 && gender != .unknown
        let create = kind != .person || titled || keys.count >= 2 && (!inHeading || knownFirstName)
        let existingOnly = keys.count == 1 && afterPreposition && honorific == nil
        let weak = isModifierName(after: end, sentence, parser: parser)
        let knight = keys.count == 1 && honorific.map { parser.lexicons.firstNameHonorifics.contains($0) } == true
        // The name's string is cut only here, for a name that is a person's or an organisation's.
        let peer = core == end && honorific.map { parser.lexicons.peerageTitles.contains($0) } == true
        let name = text(tokens[peer ? honorificStart : core].start, tokens[end].end)
        guard let entity = (knight ? registry.resolveFirstName(keys[0], surface: name, at: tokens[core].start, weak: weak) : nil)
            ?? registry.resolveName(name, keys: keys, kind: kind, gender: gender, at: tokens[core].start, create: create && !existingOnly, weak: weak) else {
            return resume
        }
        mentionAt[end] = entity
        if registry.entities[entity].kind == .organisation, let acronym = parser.acronym(after: core..<(end + 1)) {
            registry.addAcronym(tokens[acronym].key, text(tokens[acronym].start, tokens[acronym].end), to: entity)
        }
        if let postnominal, kind == .person {
            mentionAt[postnominal] = entity
            registry.addRole(entity, rolePhrase(postnominal..<(postnominal + 1), tokens), strings: strings)
        }
        if roleEnd > roleStart, kind == .person {
            var role = rolePhrase(roleStart..<roleEnd, tokens)
            if roleEnd < core, tokens[roleEnd].isPunctuation(".") { role.range.end = tokens[roleEnd].end }
            registry.addRole(entity, role, strings: strings)
        }
        if kind == .person, end + 2 < sentence.upperBound, tokens[end + 1].isPunctuation(","),
           let role = rolePhrase(from: end + 2, sentence.upperBound, parser: parser, affiliated: true),
           role.end >= sentence.upperBound || tokens[role.end].kind == .punctuation || tokens[role.end].key == Analysis.of || tokens[role.end].key == Analysis.at {
            registry.addRole(entity, role.phrase, strings: strings)
        }
        if kind == .person, start >= sentence.lowerBound + 2, tokens[start - 1].isPunctuation(","), let before = parser.phrase(endingAt: start - 2, lowerBound: sentence.lowerBound), before.kind == .role {
            registry.addRole(entity, rolePhrase(before.coreStart..<before.end, tokens), strings: strings)
        }
        return resume
    }

    /// Whether the one-word name in `start...end` is a business by the words around it: a business noun before it
    /// (`drug firm Velacor`, `carmaker Fiat`, `analysts Gartnor`, `think-tank Demos`), a job at or of it (`a security manager at Velora`),
    /// its executives after it (`Velora executives`), a business's possessions after its possessive, over two
    /// modifiers at most (`Velora's shares`, `Velora's second-quarter revenues`) or after a verb and `its` (`Velora
    /// saw its shares rise`), or an apposition headed by a business noun (`Wipra, India's third-biggest software
    /// firm,`).
    private func isBusiness(_ start: Int, _ end: Int, _ sentence: Range<Int>, _ tokens: UnsafeBufferPointer<Token>) -> Bool {
        if start > sentence.lowerBound, tokens[start - 1].isLowercaseWord,
           OrganisationLexicon.companyNouns.contains(tokens[start - 1].key) || OrganisationLexicon.businessWatchers.contains(tokens[start - 1].key)
            || OrganisationLexicon.namingHeads.contains(tokens[start - 1].key) {
            return true
        }
        if start > sentence.lowerBound + 1, tokens[start - 1].isLowercaseWord, tokens[start - 1].key == Analysis.at || tokens[start - 1].key == Analysis.of,
           tokens[start - 2].isLowercaseWord, OrganisationLexicon.businessJobs.contains(tokens[start - 2].key) {
            return true
        }
        guard end + 1 < sentence.upperBound else { return false }
        if tokens[end + 1].isLowercaseWord, OrganisationLexicon.businessStaff.contains(tokens[end + 1].key) { return true }
        // `Velora saw its shares rise`, `Velora said its sales fell`: a business's possessions after a verb and `its`.
        if end + 3 < sentence.upperBound, tokens[end + 1].isLowercaseWord, tokens[end + 2].isLowercaseWord, tokens[end + 2].key == Analysis.its,
           ((end + 3)..<min(sentence.upperBound, end + 5)).contains(where: { tokens[$0].isLowercaseWord && OrganisationLexicon.companyPossessions.contains(tokens[$0].key) }) {
            return true
        }
        if tokens[end + 1].kind == .possessive {
            var cursor = end + 2
            while cursor < sentence.upperBound, cursor - end <= 4, tokens[cursor].isLowercaseWord {
                if OrganisationLexicon.companyPossessions.contains(tokens[cursor].key) { return true }
                cursor += 1
            }
            return false
        }
        return tokens[end + 1].isPunctuation(",") && appositionHeadsBusiness(from: end + 2, sentence, tokens)
    }

    /// Whether the apposition from `start` up to its closing comma is headed by a business noun: its last word before
    /// a preposition or the comma (`India's third-biggest software firm`; not `a member of the group`).
    private func appositionHeadsBusiness(from start: Int, _ sentence: Range<Int>, _ tokens: UnsafeBufferPointer<Token>) -> Bool {
        var cursor = start
        while cursor < sentence.upperBound, cursor - start < 8, tokens[cursor].kind == .word || tokens[cursor].kind == .possessive {
            if tokens[cursor].isLowercaseWord, tokens[cursor].lexicons.contains(.preposition) { break }
            cursor += 1
        }
        guard cursor > start, cursor < sentence.upperBound, tokens[cursor].kind != .word || tokens[cursor].lexicons.contains(.preposition) else { return false }
        let head = tokens[cursor - 1]
        return head.isLowercaseWord && OrganisationLexicon.companyNouns.contains(head.key)
    }

    /// Whether a one-word name stands right after `the` and before a verb, as a person's name does not (`the
    /// Halifax said`, `the Fed has warned`; not the adjective in `the Romanian hacker`, nor an object).
    private func followsTheArticle(_ start: Int, _ sentence: Range<Int>, _ tokens: UnsafeBufferPointer<Token>) -> Bool {
        guard start > sentence.lowerBound, tokens[start - 1].kind == .word, tokens[start - 1].key == Analysis.the,
              !tokens[start].lexicons.contains(.roleModifier), !tokens[start].lexicons.contains(.roleHead) else { return false }
        guard start + 1 < sentence.upperBound else { return false }
        return isPredicateWord(tokens[start + 1])
    }

    /// Whether a word after a name makes the name its subject: a cue, an auxiliary or a stance verb (`said`, `has`,
    /// `wants`).
    private func isPredicateWord(_ token: Token) -> Bool {
        token.lexicons.contains(.cue) || token.lexicons.contains(.skippable) || token.lexicons.contains(.stanceVerb)
    }

    /// Whether a name of several words stands after `the` as a name of its own, not a modifier (`The Washington
    /// Informer`, `the Scarborough Shoal`; not `the Hillary Clinton campaign`): a publication, body or place, since a
    /// person's name takes no article.
    private func isArticledName(_ start: Int, _ end: Int, _ sentence: Range<Int>, _ tokens: UnsafeBufferPointer<Token>) -> Bool {
        guard start > sentence.lowerBound, tokens[start - 1].kind == .word, tokens[start - 1].key == Analysis.the else { return false }
        guard end + 1 < sentence.upperBound else { return true }
        let next = tokens[end + 1]
        guard next.kind == .word else { return next.kind == .punctuation }
        return next.isLowercaseWord && (isPredicateWord(next) || next.lexicons.contains(.preposition) || next.key == Analysis.that || next.key == Analysis.and)
    }

    /// Whether a word opens a party and state tag after a lawmaker's name (`D-N.Y.`, `R-Texas`, `I-Vt.`), which
    /// names no one.
    private func isPartyTag(_ token: Token) -> Bool {
        guard token.kind == .word, token.end - token.start >= 3, scalars[token.start + 1] == "-" else { return false }
        let party = scalars[token.start]
        return party == "D" || party == "R" || party == "I"
    }

    /// Whether a name only modifies what follows: a possessive owner, or a name before a titled name
    /// ("Clinton spokeswoman Jennifer Palmieri").
    private func isModifierName(after end: Int, _ sentence: Range<Int>, parser: PhraseParser) -> Bool {
        let tokens = parser.tokens
        guard end + 1 < sentence.upperBound else { return false }
        if tokens[end + 1].kind == .possessive { return true }
        var cursor = end + 1
        while cursor < sentence.upperBound, cursor - end <= 4, tokens[cursor].isLowercaseWord, parser.isRoleWord(cursor) { cursor += 1 }
        return cursor > end + 1 && cursor < sentence.upperBound && parser.isNameWord(cursor)
    }

    /// Whether a name is a person or an organisation, or nil for a place or thing.
    private func nameKind(_ keys: [WordKey], parser: PhraseParser, core: Int, end: Int) -> SpeakerKind? {
        let tokens = parser.tokens
        guard let last = keys.last else { return nil }
        if parser.lexicons.isOrganisationName(keys, afterHonorific: core > 0 && parser.isHonorific(core - 1)) { return .organisation }
        if parser.lexicons.placeWords.contains(last), !(keys.count >= 2 && parser.isCompassSurname(end)) { return nil }
        if keys.count >= 2, parser.lexicons.roleModifiers.contains(last) || parser.lexicons.roleHeads.contains(last), !PersonLexicon.isFirstName(keys[0]) {
            return nil
        }
        if keys.count >= 2, parser.lexicons.placePrefixes.contains(keys[0]) { return nil }
        if keys.count >= 2, parser.lexicons.foreignArticles.contains(keys[0]) { return .organisation }
        // `World War II-era camps`: a name whose last word is a hyphenated modifier is no name.
        if keys.count >= 2, parser.isHyphenatedModifier(tokens[end]) { return nil }
        if keys.count == 2, parser.lexicons.compassAdjectives.contains(keys[0]), parser.lexicons.placeNames.contains(last) { return nil }
        if keys.count >= 2, (core...end).allSatisfy({ tokens[$0].kind != .word || tokens[$0].isAllCaps }) { return .organisation }
        if keys.count == 1, tokens[end].lexicons.contains(.groupHead) { return nil }
        // `Lib Dem MPs`, `Tory MSPs`: a group named by its members, no person.
        if keys.count >= 2, parser.isPluralAcronym(tokens[end]) { return nil }
        if keys.count == 1, tokens[end].isAllCaps {
            return Analysis.countryAbbreviations.contains(last) ? nil : .organisation
        }
        return .person
    }

    /// A role phrase (article optional) starting at `start` and ending with a role head, if there is one; with
    /// `affiliated`, a name of up to three words may open it (`Halifax chief economist`, `Labour spokesman`).
    func rolePhrase(from start: Int, _ upperBound: Int, parser: PhraseParser, affiliated: Bool = false) -> (phrase: RolePhrase, end: Int)? {
        let tokens = parser.tokens
        var cursor = start
        if cursor < upperBound, tokens[cursor].kind == .word, tokens[cursor].lexicons.contains(.determiner) {
            cursor += 1
        }
        let first = cursor
        if affiliated {
            while cursor < upperBound, cursor - first < 3, parser.isNameWord(cursor), !parser.isRoleWord(cursor) { cursor += 1 }
            if cursor == upperBound || !parser.isRoleWord(cursor) { cursor = first }
        }
        var lastHead: Int?
        while cursor < upperBound, cursor - first < 6, parser.isRoleWord(cursor) {
            if tokens[cursor].lexicons.contains(.roleHead) { lastHead = cursor }
            cursor += 1
        }
        guard let lastHead else { return nil }
        return (rolePhrase(first..<(lastHead + 1), tokens), lastHead + 1)
    }

    /// The role phrase the tokens in `range` spell.
    func rolePhrase(_ range: Range<Int>, _ tokens: UnsafeBufferPointer<Token>) -> RolePhrase {
        RolePhrase(range: TextRange(start: tokens[range.lowerBound].start, end: tokens[range.upperBound - 1].end), keys: range.lazy.map { tokens[$0].key })
    }

    /// The latest person mentioned inside `range`.
    private func latestPerson(in range: Range<Int>, _ mentionAt: MentionMap) -> Int? {
        var index = range.upperBound
        while index > range.lowerBound {
            index -= 1
            if let entity = mentionAt[index], registry.entities[entity].kind == .person { return entity }
        }
        return nil
    }
}
