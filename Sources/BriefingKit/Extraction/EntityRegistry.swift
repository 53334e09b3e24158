/// The entities of an article and their mentions in text order: resolves names, role nouns and pronouns.
struct EntityRegistry: Sendable {
    /// The entities in order of first mention.
    private(set) var entities: [Entity] = []
    /// Every resolved mention in text order: its offset, entity and sentence number.
    private var mentions: [(offset: Int, entity: Int, sentence: Int, weak: Bool)] = []
    /// The number of the sentence being read, so pronouns can prefer the first person named in a sentence.
    var sentence = 0
    /// Entities known only by a description, by the folded description.
    private var descriptions: [String: Int] = [:]
    /// The latest description of several words with each head noun (`World Bank report` for `report`).
    private var describedByHead: [WordKey: Int] = [:]
    /// Named entities by the key of the last word of their name.
    private var bySurname = EntitiesByKey()
    /// One-word names shown to be organisations (`a manager at Velora`), so that a later `Velora said` is one too
    /// (unless a person has that surname).
    private var organisationWords = WordKeyIndex()
    /// Where the article being read starts in a file of several: pronoun, role and company look-ups stop there.
    private var articleStart = 0
    /// How far back pronoun and role look-ups search.
    private static let lookBehind = 400
    /// The entities one role look-up has seen, reused between look-ups (a set without hashing or allocation).
    private var seen = SeenEntities()

    /// Records that `entity` is mentioned at `offset` as `surface`.
    mutating func note(_ entity: Int, at offset: Int, surface: String, weak: Bool = false) {
        if let last = mentions.last, last.offset > offset {
            var index = mentions.count
            while index > 0, mentions[index - 1].offset > offset { index -= 1 }
            mentions.insert((offset, entity, sentence, weak), at: index)
        } else {
            mentions.append((offset, entity, sentence, weak))
        }
        entities[entity].lastMention = max(entities[entity].lastMention, offset)
        if surface != entities[entity].name, !surface.isEmpty, !entities[entity].aliases.contains(surface) {
            entities[entity].aliases.append(surface)
        }
    }

    /// Adds a role to an entity unless it already holds it, with its text cut from `strings`.
    mutating func addRole(_ entity: Int, _ role: RolePhrase, strings: ScalarStrings) {
        guard !entities[entity].roleSignatures.contains(where: { role.matches($0) && $0.specifics.count == role.specifics.count }) else { return }
        entities[entity].roles.append(strings.string(role.range.start, role.range.end))
        entities[entity].roleSignatures.append(role.signature)
    }

    /// Adds a role known only by its text (the description an entity was first known by) unless it already holds it.
    mutating func addRole(_ entity: Int, named role: String) {
        guard !entities[entity].roles.contains(role) else { return }
        entities[entity].roles.append(role)
    }

    /// Clears the not-a-name mark (and the auxiliary's mark, which subject searches pass over) or the role noun's
    /// marks of a capitalised word that is the surname of a person already named in full when a cue follows it
    /// or earlier in the block (`George Will … “…,” Will wrote.`, `Theresa May … May said`, `Billie Jean King … King
    /// says`), so it reads as that name.
    func markKnownSurnames(_ tokens: inout [Token]) {
        guard tokens.count > 1 else { return }
        tokens.withUnsafeMutableBufferPointer { tokens in
            for index in 0..<(tokens.count - 1) where tokens[index + 1].lexicons.contains(.cue)
                && (tokens[index].lexicons.contains(.notName) || tokens[index].lexicons.contains(.roleHead)) {
                let token = tokens[index]
                guard token.kind == .word, token.isCapitalised, !token.isAllCaps, tokens[index + 1].isLowercaseWord,
                      bySurname[token.key].contains(where: { entities[$0].kind == .person && entities[$0].nameKeys.count > 1 })
                        || EntityRegistry.endsFullNameEarlier(index, tokens) else { continue }
                tokens[index].lexicons.remove(.notName)
                tokens[index].lexicons.remove(.skippable)
                tokens[index].lexicons.remove(.roleHead)
                tokens[index].lexicons.remove(.roleModifier)
            }
        }
    }

    /// Whether the word at `index` ended a full name earlier in the block, after a capitalised word that is no
    /// function word and before no other (`Billie Jean King won … King says`; not `Court Judge James Kleinberg`),
    /// before the registry has seen that name.
    private static func endsFullNameEarlier(_ index: Int, _ tokens: UnsafeMutableBufferPointer<Token>) -> Bool {
        let key = tokens[index].key
        var earlier = index - 1
        while earlier > 0 {
            let before = tokens[earlier - 1]
            let endsName = earlier + 1 == index || !(tokens[earlier + 1].kind == .word && tokens[earlier + 1].isCapitalised)
            if tokens[earlier].key == key, tokens[earlier].isCapitalised, endsName, before.kind == .word, before.isCapitalised,
               !before.lexicons.contains(.notName), before.end + 1 == tokens[earlier].start {
                return true
            }
            earlier -= 1
        }
        return false
    }

    /// Starts a later article of the file at `offset`: no pronoun, role noun or company noun from there on refers back
    /// past it.
    mutating func startArticle(at offset: Int) { articleStart = offset }

    /// Marks an entity as a place speaking through its government.
    mutating func markPlace(_ entity: Int) { entities[entity].isPlace = true }

    /// Counts a statement for an entity.
    mutating func countStatement(_ entity: Int) { entities[entity].statementCount += 1 }

    /// The person or organisation a proper name refers to, created when new and `create` allows it; a person of the
    /// other sex is never the one meant (`Mr. Trump` after `the former Mrs. Trump`).
    mutating func resolveName(_ name: String, keys: [WordKey], kind: SpeakerKind, gender: Gender, at offset: Int, create: Bool, weak: Bool = false) -> Int? {
        guard let surname = keys.last else { return nil }
        let known = kind == .person && keys.count == 1 && organisationWords.contains(surname)
            && !bySurname[surname].contains { entities[$0].kind == .person && entities[$0].nameKeys.count > 1 }
        let kind = known ? .organisation : kind
        let first = keys.count >= 2 ? keys[0] : nil
        var best: Int?
        var bestOffset = -1
        for index in bySurname[surname] where entities[index].kind == kind {
            // Another story in the same file shares only a full name: `Brown` or `the Bank` there is not this one's.
            if entities[index].lastMention < articleStart, entities[index].nameKeys != keys { continue }
            if kind != .person {
                if entities[index].nameKeys != keys && keys.count > 1 && entities[index].nameKeys.count > 1 { continue }
            } else if let first, entities[index].nameKeys.count >= 2, entities[index].nameKeys[0] != first {
                continue
            } else if gender != .unknown, entities[index].gender != .unknown, entities[index].gender != gender {
                continue
            }
            let recent = entities[index].lastMention
            if recent > bestOffset { best = index; bestOffset = recent }
        }
        if best == nil, kind == .person, keys.count == 1 {
            for index in bySurname[surname] where entities[index].kind == .organisation && entities[index].nameKeys == keys {
                best = index
            }
        }
        if best == nil, kind == .person, keys.count == 1, PersonLexicon.isFirstName(surname) {
            best = latestPerson(firstNamed: surname)
        }
        if let best {
            if keys.count > entities[best].nameKeys.count, entities[best].kind == kind {
                entities[best].aliases.removeAll { $0 == name }
                if !entities[best].aliases.contains(entities[best].name) { entities[best].aliases.insert(entities[best].name, at: 0) }
                entities[best].name = name
                entities[best].nameKeys = keys
            }
            if entities[best].gender == .unknown, keys.count > 1 || !sharesSurname(best) { entities[best].gender = gender }
            note(best, at: offset, surface: name, weak: weak)
            return best
        }
        guard create else { return nil }
        if let described = descriptions[name.lowercased()] {
            note(described, at: offset, surface: name, weak: weak)
            return described
        }
        entities.append(Entity(name: name, nameKeys: keys, kind: kind, isNamed: true, roles: [], roleSignatures: [], aliases: [], gender: gender, firstMention: offset, lastMention: offset, statementCount: 0))
        bySurname.append(entities.count - 1, to: surname)
        note(entities.count - 1, at: offset, surface: name, weak: weak)
        return entities.count - 1
    }

    /// Makes an organisation's acronym (`QCA`) name it from now on.
    mutating func addAcronym(_ key: WordKey, _ acronym: String, to entity: Int) {
        guard !bySurname[key].contains(entity) else { return }
        bySurname.append(entity, to: key)
        if !entities[entity].aliases.contains(acronym) { entities[entity].aliases.append(acronym) }
    }

    /// Whether another person of unknown sex has the entity's surname, so that `Mr. Khan` does not tell which Khan is
    /// a man.
    private func sharesSurname(_ entity: Int) -> Bool {
        guard let surname = entities[entity].nameKeys.last else { return false }
        return bySurname[surname].contains { $0 != entity && entities[$0].kind == .person && entities[$0].gender == .unknown }
    }

    /// Whether a person with exactly these name words is known.
    func hasPerson(named keys: [WordKey]) -> Bool {
        guard let surname = keys.last else { return false }
        return bySurname[surname].contains { entities[$0].kind == .person && entities[$0].nameKeys == keys }
    }

    /// Makes a one-word "person" an organisation once the same name shows an organisation's evidence
    /// (`Ofcom said …` first, `telecom regulator Ofcom` later), and remembers the name for later mentions.
    mutating func promoteToOrganisation(_ keys: [WordKey]) {
        organisationWords.insert(keys[0])
        for index in bySurname[keys[0]] where entities[index].kind == .person && entities[index].nameKeys == keys {
            entities[index].kind = .organisation
            entities[index].gender = .unknown
        }
    }

    /// The person whose full name starts with `first` (`Sir Digby` for Digby Jones), the latest mentioned, if any.
    mutating func resolveFirstName(_ first: WordKey, surface: String, at offset: Int, weak: Bool) -> Int? {
        guard let best = latestPerson(firstNamed: first) else { return nil }
        note(best, at: offset, surface: surface, weak: weak)
        return best
    }

    /// The latest mentioned person whose full name starts with `first` (`Bernie` for Bernie Sanders), if any.
    private func latestPerson(firstNamed first: WordKey) -> Int? {
        var best: Int?
        for index in entities.indices where entities[index].kind == .person && entities[index].nameKeys.count >= 2 && entities[index].nameKeys[0] == first
            && entities[index].lastMention >= articleStart {
            if best.map({ entities[$0].lastMention < entities[index].lastMention }) ?? true { best = index }
        }
        return best
    }

    /// The entity known by a description ("Elysee official", "critics"), created when new (as an unnamed source when
    /// `anonymous`: it came with `a` or `an`); a description of several words given with its `head` noun is what `the`
    /// and that noun alone name later (`describedEarlier`). A description whose capital is its `ownCapital` (`the
    /// Liberals`) keeps it as its name.
    mutating func resolveDescription(_ description: String, kind: SpeakerKind, at offset: Int, anonymous: Bool = false, head: WordKey? = nil,
                                     ownCapital: Bool = false) -> Int {
        let index = describedEntity(description, kind: kind, at: offset, anonymous: anonymous, ownCapital: ownCapital)
        if let head, !entities[index].isNamed { describedByHead[head] = index }
        return index
    }

    /// The latest description of several words in this article whose head noun is `head` (`World Bank report`), if
    /// it still names no one else.
    func describedEarlier(head: WordKey) -> Int? {
        guard let index = describedByHead[head], !entities[index].isNamed, entities[index].lastMention >= articleStart else { return nil }
        return index
    }

    /// `resolveDescription` without the note of its head.
    private mutating func describedEntity(_ description: String, kind: SpeakerKind, at offset: Int, anonymous: Bool, ownCapital: Bool) -> Int {
        let key = description.lowercased()
        // A description in another story of the same file (`police`, `critics`) describes someone else.
        if let index = descriptions[key], entities[index].lastMention >= articleStart {
            note(index, at: offset, surface: description)
            return index
        }
        let word = EntityRegistry.soleWord(of: description)
        if let word, let named = bySurname[WordHash.key(word)].first(where: { entities[$0].nameKeys.count == 1 && entities[$0].lastMention >= articleStart }) {
            descriptions[key] = named
            note(named, at: offset, surface: description)
            return named
        }
        entities.append(Entity(name: ownCapital ? description : EntityRegistry.commonForm(description), nameKeys: [], kind: kind, isNamed: false, roles: [], roleSignatures: [],
                               aliases: [], gender: .unknown, firstMention: offset, lastMention: offset, statementCount: 0, isAnonymousSource: anonymous))
        descriptions[key] = entities.count - 1
        note(entities.count - 1, at: offset, surface: description)
        return entities.count - 1
    }

    /// The description's only word between spaces, if it has one word (what `split(separator: " ")` gives when it
    /// gives one piece). An all-ASCII description, whose every byte is a `Character` of its own (but for CR LF, which
    /// holds no space), is read byte by byte instead of splitting its `Character`s, an index step and a subscript each.
    static func soleWord(of description: String) -> Substring? {
        let utf8 = description.utf8
        guard !utf8.contains(where: { $0 >= 0x80 }) else {
            let words = description.split(separator: " ")
            return words.count == 1 ? words[0] : nil
        }
        let space = UInt8(ascii: " ")
        guard let start = utf8.firstIndex(where: { $0 != space }) else { return nil }
        let end = utf8[start...].firstIndex(of: space) ?? utf8.endIndex
        guard !utf8[end...].contains(where: { $0 != space }) else { return nil }
        return description[start..<end]
    }

    /// A description opening with a capital only because it opens the sentence, as a common noun: `Analysts`, `Many`
    /// or `Authorities in Philadelphia` is `analysts`, `many` or `authorities in Philadelphia`, like the same words
    /// elsewhere, so a reader (and a library) can tell it from a name; a people or a party (`Americans`, `Democrats`)
    /// keeps its capital, and so does a first word that may be part of a name (`Cabinet Office spokeswoman`, `Treasury
    /// officials`, `Five spokesman`), which a capital or a singular role follows or which names a body, unless it stands
    /// alone (`Police`).
    private static func commonForm(_ description: String) -> String {
        let word = description.prefix { $0 != " " }
        guard let first = word.first, first.isUppercase, word.dropFirst().allSatisfy({ $0.isLowercase }) else { return description }
        let key = WordHash.key(word)
        guard !GroupLexicon.peoples.contains(key), !GroupLexicon.parties.contains(key) else { return description }
        let sole = word.endIndex == description.endIndex
        let body = OrganisationLexicon.commonHeads.contains(key)
        if !sole {
            let next = description[word.endIndex...].dropFirst().prefix { $0 != " " }
            guard !body, next.first?.isLowercase == true, !PersonLexicon.roleHeads.contains(WordHash.key(next)) else { return description }
        }
        guard GroupLexicon.heads.contains(key) || GroupLexicon.quantifiers.contains(key) || PersonLexicon.roleHeads.contains(key) || body else { return description }
        return first.lowercased() + description.dropFirst()
    }

    /// How many sentences back a definite company noun (`the company`) looks for the organisation it stands for.
    private static let companyLookBehind = 2

    /// The named organisation a definite company noun (`the company said`, `The US airline said`) stands for: the
    /// first one named in the nearest sentence before that names one (`IBM has backed Linux to undermine Microsoft.
    /// The company said …` is IBM), at most a few sentences back; noted as mentioned at `offset`.
    mutating func resolveCompany(at offset: Int) -> Int? {
        var index = mentions.count
        var found: Int?
        var group = -1
        while index > 0, mentions.count - index < EntityRegistry.lookBehind {
            index -= 1
            let mention = mentions[index]
            if mention.offset < articleStart { break }
            guard mention.offset < offset else { continue }
            if mention.sentence != group {
                if found != nil || sentence - mention.sentence > EntityRegistry.companyLookBehind { break }
                group = mention.sentence
            }
            if isNamedBusiness(entities[mention.entity]) { found = mention.entity }
        }
        guard let found else { return nil }
        note(found, at: offset, surface: "")
        return found
    }

    /// The named organisation (not a place) named first in the nearest sentence before `offset` that names anyone,
    /// one or two sentences back: whom `A spokesman said` speaks for (`But the Home Office defended the measures. A
    /// spokesman said …`; not after `Romney … will not see Trump become the GOP's standard bearer.`).
    func recentOrganisation(before offset: Int) -> Int? {
        var index = mentions.count
        var first: (entity: Int, sentence: Int)?
        while index > 0, mentions.count - index < EntityRegistry.lookBehind {
            index -= 1
            let mention = mentions[index]
            if mention.offset < articleStart || sentence - mention.sentence > 2 { break }
            guard mention.offset < offset, mention.sentence < sentence else { continue }
            if let found = first, found.sentence != mention.sentence { break }
            first = (mention.entity, mention.sentence)
        }
        guard let entity = first?.entity, entities[entity].kind == .organisation, entities[entity].isNamed, !entities[entity].isPlace else { return nil }
        return entity
    }

    /// Whether an entity may be the business a company noun stands for: a named organisation, not a place, a public
    /// body or an outlet, and not a bare acronym of two letters or an organisation word alone (`PC`, `Group`).
    private func isNamedBusiness(_ entity: Entity) -> Bool {
        guard entity.kind == .organisation, entity.isNamed, !entity.isPlace, entity.name.unicodeScalars.count > 2 else { return false }
        if entity.nameKeys.count == 1, OrganisationLexicon.nameWords.contains(entity.nameKeys[0]) { return false }
        return !entity.nameKeys.contains { OrganisationLexicon.nonBusinessNameWords.contains($0) }
    }

    /// The person a definite role noun refers to ("the prime minister"): the latest holder of the role, else the
    /// first named person with no role yet in the latest sentence naming one (its subject rather than its object:
    /// `Trump kept bashing Sanders. The former president said …`) or the speaker who spoke in that sentence
    /// (`Brown has failed …, Kennedy has said.`), who then takes it; else nil. With `unroledMustSpeak` only the
    /// latest speaker, named with no role in the look-behind, may take it.
    mutating func resolveRole(_ role: RolePhrase, surface: String, at offset: Int, bindUnroled: Bool, unroledMustSpeak: Bool = false,
                              preferring speaker: (entity: Int, sentence: Int)?, strings: ScalarStrings) -> Int? {
        var unroled: Int?
        var unroledSentence = -1
        var speakerUnroled = false
        var speakerSeenUnroled = false
        seen.clear(count: entities.count)
        var index = mentions.count
        while index > 0, mentions.count - index < EntityRegistry.lookBehind {
            index -= 1
            let mention = mentions[index]
            if mention.offset < articleStart { break }
            guard mention.offset < offset, entities[mention.entity].kind == .person, entities[mention.entity].isNamed,
                  seen.insert(mention.entity) else { continue }
            if entities[mention.entity].roleSignatures.contains(where: { role.matches($0) }) {
                note(mention.entity, at: offset, surface: surface)
                return mention.entity
            }
            if entities[mention.entity].roles.isEmpty, mention.entity == speaker?.entity { speakerSeenUnroled = true }
            if entities[mention.entity].roles.isEmpty, unroled == nil || mention.sentence == unroledSentence {
                unroled = mention.entity
                unroledSentence = mention.sentence
                if mention.entity == speaker?.entity, mention.sentence == speaker?.sentence { speakerUnroled = true }
            }
        }
        if speakerUnroled || unroledMustSpeak { unroled = speakerSeenUnroled ? speaker?.entity : nil }
        guard bindUnroled, let unroled else { return nil }
        addRole(unroled, role, strings: strings)
        note(unroled, at: offset, surface: surface)
        return unroled
    }

    /// The entity a pronoun at `offset` stands for: the first fitting entity named earlier in the same sentence,
    /// else the first fitting one in the nearest sentence before that names one (subjects come first in English).
    /// The latest speaker, when named in that sentence, is preferred over the sentence's first name; named only in
    /// passing (a possessive, a modifier), only when they spoke in the last two sentences or for an age or demonym
    /// (`anyGender`).
    /// With `anyGender`, `he` stands for a named person of either sex and the sentence's first one wins.
    func resolvePronoun(_ key: WordKey, at offset: Int, preferring speaker: (entity: Int, sentence: Int)? = nil, anyGender: Bool = false) -> Int? {
        var index = mentions.count
        var looked = 0
        var strong: Int?
        var weak: Int?
        var hasSpeaker = false
        var group = -1
        let anonymousSpeaker = anyGender ? nil : anonymousSource(speaker, fitting: key)
        while index > 0, looked < EntityRegistry.lookBehind {
            index -= 1
            let mention = mentions[index]
            if mention.offset < articleStart { break }
            guard mention.offset < offset else { continue }
            looked += 1
            if mention.sentence != group {
                if hasSpeaker, let speaker { return speaker.entity }
                if let found = strong ?? weak { return found }
                if let anonymousSpeaker, mention.sentence < anonymousSpeaker.sentence { return anonymousSpeaker.entity }
                group = mention.sentence
            }
            if anyGender ? entities[mention.entity].kind == .person && entities[mention.entity].isNamed : fits(mention.entity, key) {
                let known = anyGender || entities[mention.entity].gender != .unknown
                if mention.weak {
                    if weak == nil || known || entities[weak ?? 0].gender == .unknown { weak = mention.entity }
                } else if strong == nil || known || entities[strong ?? 0].gender == .unknown {
                    strong = mention.entity
                }
                if let speaker, mention.entity == speaker.entity, !mention.weak || anyGender || sentence - speaker.sentence <= 2 { hasSpeaker = true }
            }
        }
        if hasSpeaker, let speaker { return speaker.entity }
        return strong ?? weak ?? anonymousSpeaker?.entity
    }

    /// The latest speaker when an unnamed source (`A Home Office spokesman said …`) who spoke in this sentence or one
    /// of the two before: `He added: “…”` is theirs unless a fitting person is named in their sentence or after it.
    private func anonymousSource(_ speaker: (entity: Int, sentence: Int)?, fitting key: WordKey) -> (entity: Int, sentence: Int)? {
        guard let speaker, key == Pronoun.he || key == Pronoun.she, entities[speaker.entity].kind == .person, entities[speaker.entity].isAnonymousSource,
              sentence - speaker.sentence <= 2 else { return nil }
        return EntityRegistry.sexFits(entities[speaker.entity].gender, key) ? speaker : nil
    }

    /// The named person an age or a demonym (`the 46-year-old`, `the American`) stands for, found as `he` or `she`
    /// would be but of either sex (`Agassi beat Massu. "…," said the American` is Agassi), noted as mentioned at
    /// `offset`.
    mutating func resolveAnyPerson(at offset: Int, preferring speaker: (entity: Int, sentence: Int)? = nil) -> Int? {
        guard let person = resolvePronoun(Pronoun.he, at: offset, preferring: speaker, anyGender: true) else { return nil }
        note(person, at: offset, surface: "")
        return person
    }

    /// Whether what is known of a person's sex allows `he` or `she` (`key`) to stand for them.
    private static func sexFits(_ gender: Gender, _ key: WordKey) -> Bool {
        key == Pronoun.he ? gender != .female : gender != .male
    }

    /// Whether an entity can be what the pronoun stands for.
    func fits(_ index: Int, _ key: WordKey) -> Bool {
        let kind = entities[index].kind
        if key == Pronoun.he || key == Pronoun.she {
            guard kind == .person, entities[index].isNamed else { return false }
            return EntityRegistry.sexFits(entities[index].gender, key)
        }
        if entities[index].isPlace { return false }
        if key == Pronoun.they { return kind == .group || kind == .organisation }
        if key == Pronoun.it { return kind == .organisation }
        return false
    }
}

/// Keys of the pronouns that can stand for a speaker, as `WordHash.key` values (checked by `WordKeyConstantTests`).
enum Pronoun {
    static let he: WordKey = 0x08ba_5307_b55e_af76
    static let she: WordKey = 0x8245_aa19_5cea_9e21
    static let they: WordKey = 0x2579_baef_323c_f77f
    static let it: WordKey = 0x08b7_3e07_b55c_55f0
    static let who: WordKey = 0x5ec5_fc19_4891_690f
    static let we: WordKey = 0x08cb_5307_b56d_22a9
    static let i: WordKey = 0xaf63_e44c_8601_fa24
}
