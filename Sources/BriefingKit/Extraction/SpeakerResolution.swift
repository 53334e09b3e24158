/// Finding a cue's subject and resolving a speaker phrase to an entity.
extension Analysis {
    private static let objectPronouns = WordList("him her them us me it")

    /// The subject phrase of a cue: before it (over auxiliaries, an apposition, a name between commas with its
    /// parenthesis — `…, Gov. John Kasich (R-OH), said` — or a relative `who`), or after `according to`.
    func subjectPhrase(of cueIndex: Int, isAccording: Bool, _ sentence: Range<Int>, parser: PhraseParser) -> Phrase? {
        let tokens = parser.tokens
        if isAccording { return parser.phrase(startingAt: cueIndex + 2, upperBound: sentence.upperBound) }
        let last = subjectEnd(before: cueIndex, sentence, parser: parser)
        guard last >= sentence.lowerBound else { return nil }
        if tokens[last].isPunctuation(","), let head = headBeforeApposition(endingAt: last, sentence, parser: parser) {
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
            return parser.phrase(endingAt: antecedent, lowerBound: sentence.lowerBound)
        }
        return ownerBeforeOf(parser.phrase(endingAt: last, lowerBound: sentence.lowerBound), sentence, parser: parser)
    }

    /// The named speaker before an apposition or relative clause that may hold commas itself (`Ann Lee, 27, a
    /// nurse in Leeds, said`, `Mr. Orr, whose firm, Paradata, sells data, said`), if there is one; nil when the
    /// nearest apposition follows a description instead.
    private func headBeforeApposition(endingAt closing: Int, _ sentence: Range<Int>, parser: PhraseParser) -> Phrase? {
        let tokens = parser.tokens
        var comma = closing - 1
        while comma > sentence.lowerBound, closing - comma < 40 {
            if tokens[comma].kind == .quote { return nil }
            if tokens[comma].isPunctuation(","), isAppositionOpener(comma + 1, parser: parser),
               let head = parser.phrase(endingAt: comma - 1, lowerBound: sentence.lowerBound) {
                let named = head.kind == .name || head.kind == .pronoun
                return named && !OrganisationLexicon.placeWords.contains(tokens[comma - 1].key) ? head : nil
            }
            comma -= 1
        }
        return nil
    }

    /// Whether the token after a comma opens an apposition or relative clause: `who`, `whose`, an article, an age or
    /// a preposition (`in response to …`, `during a town hall in Columbus, Ohio,`).
    private func isAppositionOpener(_ index: Int, parser: PhraseParser) -> Bool {
        let token = parser.tokens[index]
        if token.kind == .number { return true }
        guard token.isLowercaseWord else { return false }
        return token.key == Pronoun.who || token.key == Analysis.whose || token.lexicons.contains(.determiner)
            || token.lexicons.contains(.preposition) || FunctionWordLexicon.settingPrepositions.contains(token.key)
    }

    /// The speaker a phrase after `of` belongs to (`Lee Zeldin of New York`, `Mr. Burman of the Tax Policy Center`):
    /// the name or description before `of` when there is one, else the phrase itself.
    private func ownerBeforeOf(_ phrase: Phrase?, _ sentence: Range<Int>, parser: PhraseParser) -> Phrase? {
        guard let phrase, phrase.start >= sentence.lowerBound + 2, parser.tokens[phrase.start - 1].isLowercaseWord,
              parser.tokens[phrase.start - 1].key == Analysis.of,
              let owner = parser.phrase(endingAt: phrase.start - 2, lowerBound: sentence.lowerBound) else { return phrase }
        let ownerKey = parser.tokens[owner.end - 1].key
        let personOwner = owner.kind == .name && !parser.isRoleWord(owner.end - 1) && !OrganisationLexicon.nameWords.contains(ownerKey)
        return personOwner || OrganisationLexicon.placeWords.contains(parser.tokens[phrase.end - 1].key) ? owner : phrase
    }

    /// The entity that speaks through a cue, if its subject can be resolved.
    mutating func subject(of cue: Cue, _ sentence: Range<Int>, parser: PhraseParser, mentionAt: MentionMap) -> Int? {
        guard let phrase = subjectPhrase(of: cue.index, isAccording: cue.isAccording, sentence, parser: parser) else { return nil }
        return resolve(phrase, parser: parser, mentionAt: mentionAt)
    }

    /// The entity a speaker phrase refers to.
    mutating func resolve(_ phrase: Phrase, parser: PhraseParser, mentionAt: MentionMap) -> Int? {
        let tokens = parser.tokens
        let offset = tokens[phrase.start].start
        let known = phrase.kind == .pronoun || (phrase.kind == .name && mentionAt[phrase.end - 1] != nil)
        let core = known ? "" : text(tokens[phrase.coreStart].start, tokens[phrase.end - 1].end)
        switch phrase.kind {
        case .pronoun:
            let key = tokens[phrase.start].key
            guard let entity = registry.resolvePronoun(key, at: offset, preferring: lastSpeaker?.entity) else { return nil }
            registry.note(entity, at: offset, surface: "")
            return entity
        case .name:
            if let entity = mentionAt[phrase.end - 1] { return entity }
            let keys = (phrase.coreStart..<phrase.end).compactMap { tokens[$0].kind == .word ? tokens[$0].key : nil }
            guard !keys.isEmpty else { return nil }
            var kind = SpeakerKind.person
            if keys.contains(where: { OrganisationLexicon.nameWords.contains($0) }) || (keys.count == 1 && tokens[phrase.end - 1].isAllCaps) {
                kind = .organisation
            } else if let last = keys.last, OrganisationLexicon.placeWords.contains(last) {
                return nil
            }
            return registry.resolveName(core, keys: keys, kind: kind, gender: .unknown, at: tokens[phrase.coreStart].start, create: true)
        case .role:
            let head = tokens[phrase.end - 1].key
            if phrase.isDefinite, !phrase.hasPossessive, Analysis.officeHeads.contains(head) {
                let keys = (phrase.coreStart..<phrase.end).map { tokens[$0].key }
                let surface = text(offset, tokens[phrase.end - 1].end)
                if let entity = registry.resolveRole(RolePhrase(text: core, keys: keys), surface: surface, at: offset, bindUnroled: true) {
                    return entity
                }
            }
            return registry.resolveDescription(core, kind: .person, at: offset)
        case .group:
            return registry.resolveDescription(core, kind: .group, at: offset)
        case .organisation:
            return registry.resolveDescription(core, kind: .organisation, at: offset)
        }
    }

    /// Where the reported clause after a cue starts: after `that`, or after the addressee of `told`, `urged` ….
    func clauseStart(after cue: Cue, _ sentence: Range<Int>, parser: PhraseParser) -> Int {
        let tokens = parser.tokens
        var cursor = cue.end
        while cursor < sentence.upperBound, cursor - cue.end < 7 {
            let token = tokens[cursor]
            if token.kind == .word, token.key == Analysis.that { return cursor + 1 }
            if token.kind != .word && !token.isPunctuation(",") { break }
            cursor += 1
        }
        guard cue.end < sentence.upperBound, Analysis.addresseeCues.contains(tokens[cue.index].key) else { return cue.end }
        let first = tokens[cue.end]
        if first.kind == .word, Analysis.objectPronouns.contains(first.key) { return cue.end + 1 }
        if let object = parser.phrase(startingAt: cue.end, upperBound: sentence.upperBound) { return object.end }
        if first.kind == .word, !first.isCapitalised, cue.end + 1 < sentence.upperBound, tokens[cue.end + 1].kind == .word, tokens[cue.end + 1].key == Analysis.that || tokens[cue.end + 1].key == WordHash.key("to") {
            return cue.end + 1
        }
        return cue.end
    }
}
