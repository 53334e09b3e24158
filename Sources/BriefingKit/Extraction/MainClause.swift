/// The subject of a sentence's main clause after an opening clause or phrase: a pronoun the opening clause shares
/// (`When he refused …, he said`), a description a possessive name opens (`Ann Cole's lawyers`), the name set off
/// after an opening role (`The SNP's Holyrood leader, Nicola Sturgeon, welcomed …`).
extension Analysis {
    /// Resolves the pronoun subject of an opening clause (`When he refused …, he said`) before the main clause's, so
    /// that a pronoun there takes the same person rather than a name inside the opening clause.
    mutating func resolveOpeningPronoun(_ sentence: Range<Int>, before main: Int, parser: PhraseParser, mentionAt: MentionMap) {
        let tokens = parser.tokens
        let subject = sentence.lowerBound + 1
        guard subject < main, tokens[sentence.lowerBound].listed(in: .subordinator),
              tokens[subject].key == Pronoun.he || tokens[subject].key == Pronoun.she,
              let phrase = parser.phrase(endingAt: subject, lowerBound: sentence.lowerBound) else { return }
        _ = resolve(phrase, parser: parser, mentionAt: mentionAt)
    }

    /// The description a possessive name opens as the main clause's subject (`In response, Ann Cole's lawyers issued a
    /// statement, saying …` are the lawyers, not Ann Cole), if the name at `at` is such an owner.
    mutating func describedByOwner(_ at: Int, main: Int, _ limit: Int, parser: PhraseParser, mentionAt: MentionMap) -> Int? {
        let tokens = parser.tokens
        guard at + 2 < limit, tokens[at + 1].kind == .possessive, tokens[at + 2].isLowercaseWord,
              !tokens[at + 2].lexicons.contains(.cue),
              let phrase = parser.phrase(startingAt: main, upperBound: limit), phrase.end > at + 2, phrase.end <= at + 4,
              phrase.kind == .role || phrase.kind == .group else { return nil }
        return resolve(phrase, parser: parser, mentionAt: mentionAt)
    }

    /// The description that opens the clause at `start` as its subject (`His chief aide doubled down on …, saying …`,
    /// `The conservative magazine has opposed Trump, arguing …`), headed by a role, group or organisation noun, when
    /// it names no one already mentioned.
    mutating func describedSubject(at start: Int, _ limit: Int, parser: PhraseParser, mentionAt: MentionMap) -> Int? {
        var strict = parser
        strict.lenient = false
        guard start < limit, mentionAt[start] == nil else { return nil }
        if let counted = quantifiedGroup(at: start, limit, parser: strict) { return resolve(counted, parser: parser, mentionAt: mentionAt) }
        guard let phrase = strict.phrase(startingAt: start, upperBound: limit), phrase.start == start, phrase.end < limit,
              phrase.kind == .role || phrase.kind == .group || phrase.kind == .organisation,
              !(start..<phrase.end).contains(where: { mentionAt[$0] != nil }) else { return nil }
        return resolve(phrase, parser: parser, mentionAt: mentionAt)
    }

    /// A group counted with `of` at `start` (`Hundreds of pro-Sanders demonstrators`, `Dozens of Trump supporters`),
    /// read whole, whoever it names in passing.
    private func quantifiedGroup(at start: Int, _ limit: Int, parser: PhraseParser) -> Phrase? {
        let tokens = parser.tokens
        guard start + 2 < limit, tokens[start].kind == .word, tokens[start].lexicons.contains(.groupQuantifier),
              tokens[start + 1].isLowercaseWord, tokens[start + 1].key == Analysis.of,
              let group = parser.phrase(startingAt: start + 2, upperBound: limit), group.kind == .group, group.end < limit else { return nil }
        return Phrase(start: start, end: group.end, coreStart: start, kind: .group, isDefinite: false, hasPossessive: false)
    }

    /// The name set off by commas after a role phrase that opens the clause at `start` (`The SNP's Holyrood leader,
    /// Nicola Sturgeon, welcomed …`), which is its subject rather than the party named in the role.
    mutating func nameAfterOpeningRole(at start: Int, _ limit: Int, parser: PhraseParser, mentionAt: MentionMap) -> Int? {
        let tokens = parser.tokens
        guard let comma = (start..<min(limit, start + 10)).first(where: { tokens[$0].kind != .word && tokens[$0].kind != .possessive }),
              tokens[comma].isPunctuation(","), comma > start,
              let name = parser.phrase(startingAt: comma + 1, upperBound: limit), name.kind == .name, name.end < limit,
              tokens[name.end].isPunctuation(","), Analysis.describesSpeaker(before: name, start..<limit, parser: parser) else { return nil }
        return resolve(name, parser: parser, mentionAt: mentionAt)
    }
}
