/// Finding a cue's subject and resolving a speaker phrase to an entity.
extension Analysis {
    static let objectPronouns = WordList("him her them us me it")

    /// The subject phrase of a cue: before it (over auxiliaries, an apposition, a name between commas with its
    /// parenthesis — `…, Gov. John Kasich (R-OH), said` — or a relative `who`), or after `according to`. Static, as
    /// are the rules it reads through (they read only the parser): a mutating rule's call of an analysis method
    /// copies the whole analysis first.
    static func subjectPhrase(of cueIndex: Int, isAccording: Bool, _ sentence: Range<Int>, parser: PhraseParser) -> Phrase? {
        let tokens = parser.tokens
        if isAccording { return accordingPhrase(after: cueIndex + 2, sentence, parser: parser) }
        let (last, parsed) = subjectSlot(before: cueIndex, sentence, parser: parser)
        guard last >= sentence.lowerBound else { return nil }
        if tokens[last].isPunctuation(","), let name = nameAfterDescription(endingAt: last, sentence, parser: parser) {
            return name
        }
        if tokens[last].isPunctuation(","), let head = headBeforeApposition(endingAt: last, sentence, parser: parser) {
            return head
        }
        if tokens[last].isDash, let head = headBeforeDashes(endingAt: last, sentence, parser: parser) {
            return head
        }
        if tokens[last].isPunctuation(",") {
            var comma = last - 1
            while comma > sentence.lowerBound, last - comma < 20, !tokens[comma].isPunctuation(",") || tokens[comma - 1].kind == .quote { comma -= 1 }
            guard comma > sentence.lowerBound, tokens[comma].isPunctuation(",") else { return nil }
            var insideEnd = last - 1
            if tokens[insideEnd].isPunctuation(")"), let open = openingParenthesis(before: insideEnd, sentence, tokens), open > comma + 1 {
                insideEnd = open - 1
            }
            if let inside = parser.phrase(endingAt: insideEnd, lowerBound: comma + 1), inside.kind == .name, inside.start == comma + 1 {
                return inside
            }
            return ownerBeforeOf(parser.phrase(endingAt: comma - 1, lowerBound: sentence.lowerBound), sentence, parser: parser)
        }
        if tokens[last].kind == .word, tokens[last].key == Pronoun.who {
            var antecedent = last - 1
            if antecedent >= sentence.lowerBound, tokens[antecedent].isPunctuation(",") { antecedent -= 1 }
            let phrase = parser.phrase(endingAt: antecedent, lowerBound: sentence.lowerBound)
            // `Bob Mulholland, a superdelegate and Clinton supporter who has accused …`: who is the named person.
            if let phrase, phrase.kind == .role, let comma = appositionComma(before: phrase.start, sentence, tokens),
               let name = parser.phrase(endingAt: comma - 1, lowerBound: sentence.lowerBound), name.kind == .name {
                return name
            }
            return phrase
        }
        let phrase = parsed ?? parser.phrase(endingAt: last, lowerBound: sentence.lowerBound)
        if let phrase, let antecedent = unclosedRelativeAntecedent(before: phrase, sentence, parser: parser)
            ?? unclosedAppositionHead(before: phrase, sentence, parser: parser)
            ?? descriptionBeforePreposition(phrase, sentence, parser: parser)
            ?? descriptionBeforeParticiple(phrase, sentence, parser: parser) { return antecedent }
        return closenessDescription(phrase, sentence, parser: parser) ?? ownerBeforeOf(phrase, sentence, parser: parser)
    }

    /// The source after `according to`: the phrase at `start`, or who made the finding it names (`according to a
    /// report by think-tank Demos`, `according to figures from the Office for National Statistics`).
    private static func accordingPhrase(after start: Int, _ sentence: Range<Int>, parser: PhraseParser) -> Phrase? {
        let tokens = parser.tokens
        guard let phrase = namePhrase(startingAt: start, sentence, parser: parser) else { return nil }
        guard phrase.end + 1 < sentence.upperBound, EvidenceLexicon.sources.contains(tokens[phrase.end - 1].key),
              tokens[phrase.end].isLowercaseWord, Analysis.findingAgents.contains(tokens[phrase.end].key),
              let maker = namePhrase(startingAt: phrase.end + 1, sentence, parser: parser), maker.kind != .pronoun else { return phrase }
        return maker
    }

    /// Prepositions that name who made a finding or a document (`a report by Demos`, `figures from the Treasury`, `a
    /// statement issued by Lycos`).
    static let findingAgents = WordList("by from")

    /// The phrase at `start`, read on over `of` or `for` and the capitalised words after an organisation word (`the
    /// University of Kent`, `the Office for National Statistics`), which a phrase read forwards stops before.
    private static func namePhrase(startingAt start: Int, _ sentence: Range<Int>, parser: PhraseParser) -> Phrase? {
        let tokens = parser.tokens
        guard let phrase = parser.phrase(startingAt: start, upperBound: sentence.upperBound) else { return nil }
        guard phrase.kind == .name || phrase.kind == .organisation, tokens[phrase.end - 1].listed(in: .organisationWord),
              phrase.end + 1 < sentence.upperBound, tokens[phrase.end].isLowercaseWord,
              tokens[phrase.end].key == Analysis.of || tokens[phrase.end].key == Analysis.for else { return phrase }
        var last = phrase.end
        while last + 1 < sentence.upperBound, tokens[last + 1].kind == .word, tokens[last + 1].isCapitalised { last += 1 }
        guard last > phrase.end else { return phrase }
        return Phrase(start: phrase.start, end: last + 1, coreStart: phrase.coreStart, kind: .name, isDefinite: phrase.isDefinite, hasPossessive: false)
    }

    /// The comma opening an apposition that ends with the role phrase starting at `start`: right before it, or before
    /// a first role joined by `and` (`, a California superdelegate and Clinton supporter`); nil when there is none.
    private static func appositionComma(before start: Int, _ sentence: Range<Int>, _ tokens: UnsafeBufferPointer<Token>) -> Int? {
        var index = start - 1
        while index > sentence.lowerBound, start - index <= 6 {
            let token = tokens[index]
            if token.isPunctuation(",") { return index }
            guard token.kind == .word else { return nil }
            index -= 1
        }
        return nil
    }

    /// Adjectives that, with the preposition after them, tie a described speaker to someone else (`close to`,
    /// `familiar with`).
    private static let closenessWords = WordList("close familiar")

    /// The whole description when a phrase completes `X close to` or `X familiar with` (`people close to Clinton`,
    /// `Sources familiar with the deal`): the speaker is the people described, not whom they are close to.
    private static func closenessDescription(_ phrase: Phrase?, _ sentence: Range<Int>, parser: PhraseParser) -> Phrase? {
        let tokens = parser.tokens
        guard let phrase, phrase.start >= sentence.lowerBound + 3 else { return nil }
        let (adjective, link) = (tokens[phrase.start - 2], tokens[phrase.start - 1])
        guard adjective.isLowercaseWord, link.isLowercaseWord, link.lexicons.contains(.preposition), Analysis.closenessWords.contains(adjective.key),
              let described = parser.phrase(endingAt: phrase.start - 3, lowerBound: sentence.lowerBound),
              described.kind == .group || described.kind == .role else { return nil }
        return described.extended(to: phrase.end)
    }

    /// The named speaker before an apposition or relative clause that may hold commas itself (`Ann Lee, 27, a
    /// nurse in Leeds, said`, `Mr. Orr, whose firm, Paradata, sells data, said`), if there is one; nil when the
    /// nearest apposition follows a description instead.
    private static func headBeforeApposition(endingAt closing: Int, _ sentence: Range<Int>, parser: PhraseParser) -> Phrase? {
        let tokens = parser.tokens
        var comma = closing - 1
        while comma > sentence.lowerBound, closing - comma < 40 {
            if tokens[comma].kind == .quote { return nil }
            if tokens[comma].isPunctuation(","), isAppositionOpener(comma + 1, parser: parser),
               let head = parser.phrase(endingAt: comma - 1, lowerBound: sentence.lowerBound) {
                let named = head.kind == .name || head.kind == .pronoun
                return named && !parser.isPlace(comma - 1) ? head : nil
            }
            comma -= 1
        }
        return nil
    }

    /// The name set off by commas after a described speaker (`her senior policy adviser, Jake Sullivan, said`),
    /// which names the speaker better than the description or an opening phrase before it.
    private static func nameAfterDescription(endingAt closing: Int, _ sentence: Range<Int>, parser: PhraseParser) -> Phrase? {
        let tokens = parser.tokens
        var comma = closing - 1
        while comma > sentence.lowerBound, closing - comma < 8, !tokens[comma].isPunctuation(",") { comma -= 1 }
        guard comma > sentence.lowerBound + 1, tokens[comma].isPunctuation(","),
              let name = parser.phrase(endingAt: closing - 1, lowerBound: comma + 1), name.kind == .name, name.start == comma + 1,
              !parser.isPlace(closing - 1), let described = parser.phrase(endingAt: comma - 1, lowerBound: sentence.lowerBound),
              described.kind == .role else { return nil }
        return name
    }

    /// The named speaker before an aside set off by dashes (`Mr Herron - who gained fame as a "metric martyr" -
    /// said`), if there is one.
    private static func headBeforeDashes(endingAt closing: Int, _ sentence: Range<Int>, parser: PhraseParser) -> Phrase? {
        let tokens = parser.tokens
        var dash = closing - 1
        while dash > sentence.lowerBound, closing - dash < 40, !tokens[dash].isDash { dash -= 1 }
        guard dash > sentence.lowerBound, tokens[dash].isDash, let head = parser.phrase(endingAt: dash - 1, lowerBound: sentence.lowerBound),
              head.kind == .name || head.kind == .pronoun, !parser.isPlace(dash - 1) else { return nil }
        return head
    }

    /// Whether the token after a comma opens an apposition or relative clause: `who`, `whose`, an article, an age or
    /// a preposition (`in response to …`, `during a town hall in Columbus, Ohio,`).
    private static func isAppositionOpener(_ index: Int, parser: PhraseParser) -> Bool {
        let token = parser.tokens[index]
        if token.kind == .number { return true }
        guard token.isLowercaseWord else { return false }
        return token.key == Pronoun.who || token.key == Analysis.whose || token.lexicons.contains(.determiner)
            || token.lexicons.contains(.preposition) || token.listed(in: .settingPreposition)
    }

    /// The speaker a phrase after `of` (or `from` a place) belongs to (`Lee Zeldin of New York`, `Mr. Burman of the Tax
    /// Policy Center`, `The senator from Vermont`): the whole name when capitalised names joined by `of`, `for`, `and`
    /// or `&` make one organisation (`the Bank of England`, `the Institute for Geography and Statistics`, `Ernst &
    /// Young`), else the name or description before the link when there is one, else the phrase itself.
    private static func ownerBeforeOf(_ phrase: Phrase?, _ sentence: Range<Int>, parser: PhraseParser) -> Phrase? {
        guard let phrase else { return nil }
        if let organisation = organisationName(endingWith: phrase, sentence, parser: parser) { return organisation }
        if let document = documentBeforeTo(phrase, sentence, parser: parser) { return document }
        guard let owner = phraseBeforeLink(phrase, sentence, parser: parser, organisation: false) else { return phrase }
        let personOwner = owner.kind == .name && !parser.isRoleWord(owner.end - 1) && !parser.tokens[owner.end - 1].listed(in: .organisationWord)
        return personOwner || parser.isPlace(phrase.end - 1) ? owner : phrase
    }

    /// The document whose addressee `phrase` is (`United's statement to the stock exchange said`): the document
    /// speaks, not the one it went to.
    private static func documentBeforeTo(_ phrase: Phrase, _ sentence: Range<Int>, parser: PhraseParser) -> Phrase? {
        guard phrase.start >= sentence.lowerBound + 2, parser.tokens[phrase.start - 1].isLowercaseWord, parser.tokens[phrase.start - 1].key == Analysis.to,
              let document = parser.phrase(endingAt: phrase.start - 2, lowerBound: sentence.lowerBound), document.kind != .name, document.kind != .pronoun else { return nil }
        let head = parser.tokens[document.end - 1].key
        return Analysis.documentHeads.contains(head) || Analysis.ownedDocuments.contains(head) ? document : nil
    }

    /// Lower-case words that join the parts of an organisation's name (`Council for the Welfare of Immigrants`,
    /// `Institute for Geography and Statistics`).
    private static let organisationLinks = WordList("of for and")

    /// The phrase that ends just before the link word and the phrase: `of` (or `from` before a place: `The senator
    /// from Vermont`), or with `organisation` any word that joins an organisation's name, or `&`.
    private static func phraseBeforeLink(_ phrase: Phrase, _ sentence: Range<Int>, parser: PhraseParser, organisation: Bool) -> Phrase? {
        guard phrase.start >= sentence.lowerBound + 2 else { return nil }
        let link = parser.tokens[phrase.start - 1]
        let owned = link.key == Analysis.of || !organisation && link.key == Analysis.from && parser.isPlace(phrase.end - 1)
        guard link.isLowercaseWord && owned || organisation && isOrganisationLink(link) else { return nil }
        return parser.phrase(endingAt: phrase.start - 2, lowerBound: sentence.lowerBound)
    }

    /// Whether a token joins the parts of an organisation's name: `of`, `for`, `and` or `&`.
    private static func isOrganisationLink(_ token: Token) -> Bool {
        token.isLowercaseWord && Analysis.organisationLinks.contains(token.key) || token.isPunctuation("&")
    }

    /// Whether the part of a name after `and` finishes an organisation's name (`Securities and Exchange Commission`):
    /// two words or more, no article, ending in an organisation word (`Labour and the Tories` stay two).
    private static func isOrganisationTail(_ part: Phrase, parser: PhraseParser) -> Bool {
        part.start == part.coreStart && part.end - part.coreStart >= 2 && parser.tokens[part.end - 1].listed(in: .organisationWord)
    }

    /// The whole name when capitalised names joined by link words hold an organisation word before an `of` or `for`,
    /// or one after `and`, or are joined by `&` (`the Bank of England`, `the Institute for Geography and Statistics`,
    /// `the Securities and Exchange Commission`, `Ernst & Young`); an `and` before an article joins two (`Labour and
    /// the Tories`, `Vanderbilt University and the Penn State School of …`).
    private static func organisationName(endingWith phrase: Phrase, _ sentence: Range<Int>, parser: PhraseParser) -> Phrase? {
        let tokens = parser.tokens
        guard phrase.kind == .name || phrase.kind == .organisation && tokens[phrase.end - 1].isCapitalised else { return nil }
        var (link, first, isOrganisation) = (phrase, phrase, false)
        var candidate = phraseBeforeLink(phrase, sentence, parser: parser, organisation: true)
        while let current = candidate, current.kind == .name || current.kind == .organisation,
              current.end + 1 == link.start, tokens[current.end - 1].isCapitalised {
            let joiner = tokens[current.end]
            if joiner.isLowercaseWord, joiner.key == Analysis.and {
                if isOrganisationTail(link, parser: parser) {
                    isOrganisation = true
                } else if link.start < link.coreStart {
                    break
                }
            } else if joiner.isPunctuation("&") || tokens[current.end - 1].listed(in: .organisationWord) {
                isOrganisation = true
            }
            first = current
            link = current
            candidate = phraseBeforeLink(current, sentence, parser: parser, organisation: true)
        }
        guard isOrganisation else { return nil }
        var core = first.coreStart
        while core < first.end - 1, !tokens[core].isCapitalised { core += 1 }
        return Phrase(start: first.start, end: phrase.end, coreStart: core, kind: .name, isDefinite: true, hasPossessive: false)
    }

    /// The entity that speaks through a cue, if its subject can be resolved; a passive cue's subject (`It has been
    /// called …`, `He was told …`) does not speak.
    mutating func subject(of cue: Cue, _ sentence: Range<Int>, parser: PhraseParser, mentionAt: MentionMap) -> Int? {
        if !cue.isAccording, isPassive(cue, sentence, parser.tokens) { return passiveAgent(of: cue, sentence, parser: parser, mentionAt: mentionAt) }
        guard let phrase = Analysis.subjectPhrase(of: cue.index, isAccording: cue.isAccording, sentence, parser: parser) else { return nil }
        return resolve(phrase, parser: parser, mentionAt: mentionAt)
    }

    /// Whether the capital of the word at `index` is its own, not the sentence's: a word or a comma stands before it
    /// (`the Liberals say`, `…, Democrats said`).
    static func capitalIsOwn(_ index: Int, _ tokens: UnsafeBufferPointer<Token>) -> Bool {
        index > 0 && (tokens[index - 1].kind == .word || tokens[index - 1].isPunctuation(","))
    }

    /// The entity a speaker phrase refers to.
    mutating func resolve(_ phrase: Phrase, parser: PhraseParser, mentionAt: MentionMap) -> Int? {
        let tokens = parser.tokens
        let offset = tokens[phrase.start].start
        let joined = phrase.kind == .name && (phrase.coreStart..<phrase.end).contains { Analysis.isOrganisationLink(tokens[$0]) }
        let known = phrase.kind == .pronoun || (phrase.kind == .name && !joined && mentionAt[phrase.end - 1] != nil)
        let core = known ? "" : text(tokens[phrase.coreStart].start, tokens[phrase.end - 1].end)
        switch phrase.kind {
        case .pronoun:
            let key = tokens[phrase.start].key
            if key == Pronoun.they, let group = groupNounBefore(phrase.start, tokens) {
                return resolve(groupPhrase(endingAt: group, parser: parser), parser: parser, mentionAt: mentionAt)
            }
            guard let entity = registry.resolvePronoun(key, at: offset, preferring: latestSpeaker) else { return nil }
            registry.note(entity, at: offset, surface: "")
            return entity
        case .name:
            if !joined, let entity = mentionAt[phrase.end - 1] { return entity }
            let keys = (phrase.coreStart..<phrase.end).compactMap { tokens[$0].kind == .word ? tokens[$0].key : nil }
            guard !keys.isEmpty else { return nil }
            if keys.count == 1, !tokens[phrase.end - 1].isAllCaps, GroupLexicon.standalone.contains(keys[0])
                || GroupLexicon.heads.contains(keys[0]) && !GroupLexicon.parties.contains(keys[0]) && !Analysis.capitalIsOwn(phrase.coreStart, tokens) {
                return registry.resolveDescription(core, kind: .group, at: offset, ownCapital: Analysis.capitalIsOwn(phrase.coreStart, tokens))
            }
            if keys.count == 1, phrase.start < phrase.coreStart, tokens[phrase.start].key == Analysis.the, PlaceLexicon.demonyms.contains(keys[0]),
               let entity = registry.resolveAnyPerson(at: offset, preferring: latestSpeaker) {
                return entity
            }
            let at = tokens[phrase.coreStart].start
            var kind = SpeakerKind.person
            let titled = phrase.coreStart > phrase.start && parser.isHonorific(phrase.coreStart - 1)
            let ampersand = (phrase.coreStart..<phrase.end).contains { tokens[$0].isPunctuation("&") }
            if parser.lexicons.isOrganisationName(keys, afterHonorific: titled) || (keys.count == 1 && tokens[phrase.end - 1].isAllCaps) || ampersand {
                kind = .organisation
            } else if let last = keys.last, parser.lexicons.placeWords.contains(last), keys.count == 1 || !parser.isCompassSurname(phrase.end - 1),
                      !(keys.count == 2 && PersonLexicon.isFirstName(keys[0])) {
                guard keys.count == 1, PlaceLexicon.compassWords.contains(last) else { return nil }
                return registry.resolveName(core, keys: keys, kind: .person, gender: .unknown, at: at, create: false)
            } else if keys.count == 1, parser.isPlace(phrase.end - 1) {
                let government = registry.resolveName(core, keys: keys, kind: .organisation, gender: .unknown, at: at, create: true)
                if let government { registry.markPlace(government) }
                return government
            }
            if kind == .person, keys.count == 1, !titled, parser.isPluralNoun(phrase.end - 1) {
                // `Bookmakers said …`: a sentence's capital on a plural noun, not a name, unless a person has it.
                return registry.resolveName(core, keys: keys, kind: .person, gender: .unknown, at: at, create: false)
                    ?? registry.resolveDescription(core, kind: .group, at: offset, ownCapital: Analysis.capitalIsOwn(phrase.coreStart, tokens))
            }
            if kind == .person, keys.count == 1, isReferredToAsIt(after: phrase.end, tokens) {
                return registry.resolveName(core, keys: keys, kind: .person, gender: .unknown, at: at, create: false)
                    ?? registry.resolveName(core, keys: keys, kind: .organisation, gender: .unknown, at: at, create: true)
            }
            let entity = registry.resolveName(core, keys: keys, kind: kind, gender: .unknown, at: at, create: true)
            if kind == .organisation, let entity, let acronym = parser.acronym(after: phrase.coreStart..<phrase.end) {
                registry.addAcronym(tokens[acronym].key, text(tokens[acronym].start, tokens[acronym].end), to: entity)
            }
            return entity
        case .role:
            let head = tokens[phrase.end - 1].key
            // `his boss`, `her boss`: a person's superior, not someone holding an office in the story.
            let owner = parser.lexicons.possessivePronouns[tokens[phrase.start].key]
            let speakerHead = parser.lexicons.speakerHeads.contains(head)
            let office = (parser.lexicons.bindsHolder(head) || speakerHead) && owner != Pronoun.he && owner != Pronoun.she
            let held = tokens[phrase.start].key == Analysis.the && !parser.lexicons.companyNouns.contains(head) && !parser.lexicons.sharedRoleHeads.contains(head)
            let owned = phrase.hasPossessive && ownedByDescription(phrase, tokens)
            if phrase.isDefinite, !phrase.hasPossessive || owned, office || held {
                let keys = (phrase.coreStart..<phrase.end).lazy.map { tokens[$0].key }
                let surface = text(offset, tokens[phrase.end - 1].end)
                if let entity = registry.resolveRole(RolePhrase(range: TextRange(start: tokens[phrase.coreStart].start, end: tokens[phrase.end - 1].end), keys: keys),
                                                      surface: surface, at: offset, bindUnroled: office, unroledMustSpeak: owned || speakerHead,
                                                      preferring: latestSpeaker, strings: strings) {
                    return entity
                }
            }
            if phrase.isDefinite, let age = (phrase.coreStart..<phrase.end).first(where: { parser.isAge($0) }),
               let entity = registry.resolveAnyPerson(at: offset, preferring: latestSpeaker) {
                if age + 1 < phrase.end { registry.addRole(entity, rolePhrase((age + 1)..<phrase.end, tokens), strings: strings) }
                return entity
            }
            // `A Home Office spokesman`, and `The Trafford Centre spokeswoman` bound to no named holder when no one spoke
            // just before (after `…,” Mr Ancram asked.`, `The Tory spokesman` may still be him).
            let newcomer = tokens[phrase.start].key == Analysis.the && latestSpeaker.map { registry.sentence - $0.sentence > 1 } ?? true
            let anonymous = (Analysis.indefiniteArticles.contains(tokens[phrase.start].key) || newcomer) && Analysis.sourceHeads.contains(head)
            if let owner = possessiveOwner(phrase, head: head, parser: parser) {
                return registry.resolveDescription(registry.entities[owner].name + "’s " + core, kind: .person, at: offset, anonymous: anonymous)
            }
            if let organisation = organisationSpokenFor(phrase, head: head, tokens: tokens) {
                return registry.resolveDescription(registry.entities[organisation].name + " " + core, kind: .person, at: offset, anonymous: anonymous)
            }
            if let earlier = describedEarlier(phrase, tokens, at: offset, surface: core) { return earlier }
            return registry.resolveDescription(core, kind: Analysis.headsNoPerson(head) ? .organisation : .person, at: offset, anonymous: anonymous,
                                               head: phrase.end - phrase.coreStart > 1 ? head : nil)
        case .group:
            return registry.resolveDescription(core, kind: .group, at: offset, ownCapital: Analysis.capitalIsOwn(phrase.coreStart, tokens))
        case .organisation:
            if phrase.hasPossessive || phrase.start < phrase.coreStart, let owner = documentOwner(phrase, head: tokens[phrase.end - 1].key, parser: parser, mentionAt: mentionAt) {
                return owner
            }
            if phrase.isDefinite, !phrase.hasPossessive, OrganisationLexicon.companyReferences.contains(tokens[phrase.end - 1].key),
               let company = registry.resolveCompany(at: offset) {
                return company
            }
            if let earlier = describedEarlier(phrase, tokens, at: offset, surface: core) { return earlier }
            return registry.resolveDescription(core, kind: .organisation, at: offset, head: phrase.end - phrase.coreStart > 1 ? tokens[phrase.end - 1].key : nil)
        case .age:
            return registry.resolveAnyPerson(at: offset, preferring: latestSpeaker)
        }
    }

    /// The description this article gave in full earlier that `the` and its head alone name again (`a World Bank
    /// report … said the report`, `a WSIS spokesman … said the spokesman`), noted here as its mention; nil otherwise.
    private mutating func describedEarlier(_ phrase: Phrase, _ tokens: UnsafeBufferPointer<Token>, at offset: Int, surface: String) -> Int? {
        guard phrase.isDefinite, !phrase.hasPossessive, phrase.end - phrase.coreStart == 1, tokens[phrase.start].key == Analysis.the,
              let earlier = registry.describedEarlier(head: tokens[phrase.end - 1].key) else { return nil }
        registry.note(earlier, at: offset, surface: surface)
        return earlier
    }

    /// Whether a role phrase's possessor is a description after `the` (`the political reform group's general
    /// secretary`), the way a story names again someone it introduced, rather than a name (`Labour's leader`).
    private func ownedByDescription(_ phrase: Phrase, _ tokens: UnsafeBufferPointer<Token>) -> Bool {
        guard tokens[phrase.start].key == Analysis.the, let possessive = phrase.lastPossessive(tokens) else { return false }
        return possessive > phrase.start + 1 && (phrase.start + 1..<possessive).allSatisfy { tokens[$0].isLowercaseWord }
    }

    /// A plural group noun a few words before `they` in its sentence (`people can watch what they want`), which
    /// `they` stands for rather than a name further back.
    private func groupNounBefore(_ index: Int, _ tokens: UnsafeBufferPointer<Token>) -> Int? {
        var cursor = index - 1
        while cursor >= 0, index - cursor <= 8 {
            let token = tokens[cursor]
            if token.kind == .quote || token.isPunctuation(".") || token.isPunctuation(";") { return nil }
            if token.isLowercaseWord, token.lexicons.contains(.groupHead) { return cursor }
            cursor -= 1
        }
        return nil
    }

    /// The group phrase headed by the noun at `head` (`GOP primary voters`, `many analysts`, `10 registered voters`)
    /// when its words before the noun open with a quantifier, a number or a capital; else the noun alone (`that lets
    /// people` is no description).
    private func groupPhrase(endingAt head: Int, parser: PhraseParser) -> Phrase {
        let tokens = parser.tokens
        if let described = parser.phrase(endingAt: head, lowerBound: max(0, head - 6)), described.kind == .group, described.end == head + 1 {
            let first = tokens[described.coreStart]
            if described.coreStart == head || first.isCapitalised || first.kind == .number || first.lexicons.contains(.groupQuantifier) { return described }
        }
        return Phrase(start: head, end: head + 1, coreStart: head, kind: .group, isDefinite: false, hasPossessive: false)
    }

    /// Whether a few words after a one-word name, before any other noun phrase, `its` or `it` as the subject of a
    /// plan or an act (`Boeing said it would …`, `… it had agreed`; not the empty `it` of `said it was clear`) refer
    /// back to it: the name is a company or body, not a person.
    private func isReferredToAsIt(after end: Int, _ tokens: UnsafeBufferPointer<Token>) -> Bool {
        var index = end
        while index < tokens.count, index - end < 8 {
            let token = tokens[index]
            index += 1
            guard token.kind == .word else {
                if token.isPunctuation(",") { continue }
                return false
            }
            if token.isCapitalised || token.lexicons.contains(.determiner) { return false }
            if token.key == Analysis.its { return true }
            if token.key == Pronoun.it {
                return index < tokens.count && tokens[index].kind == .word && Analysis.agentVerbsAfterIt.contains(tokens[index].key)
            }
            if Analysis.personalPronouns.contains(token.key) { return false }
        }
        return false
    }
}
