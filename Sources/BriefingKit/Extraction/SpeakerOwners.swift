/// Whom a description or a passive speaks for: the owner of `his spokesman` or `Chelsea's statement`, the
/// organisation before `A spokesman said`, the agent of `was asked by`.
extension Analysis {
    /// The named speaker a possessive pronoun before someone who speaks for another refers to (`his spokesman`,
    /// `her lawyer`), so the description names whom it speaks for (`Duncan Bannatyne’s spokesman`), if it resolves.
    mutating func possessiveOwner(_ phrase: Phrase, head: WordKey, parser: PhraseParser) -> Int? {
        guard Analysis.representatives.contains(head), let pronoun = Analysis.possessivePronoun(opening: phrase, parser.tokens) else { return nil }
        return namedReferent(of: pronoun, at: parser.tokens[phrase.start].start)
    }

    /// The personal pronoun whose possessive is the phrase's only word before its head (`he` for `his spokesman`).
    static func possessivePronoun(opening phrase: Phrase, _ tokens: UnsafeBufferPointer<Token>) -> WordKey? {
        guard phrase.start + 1 == phrase.coreStart, tokens[phrase.start].kind == .word else { return nil }
        return possessivePronouns[tokens[phrase.start].key]
    }

    /// The named speaker a pronoun at `offset` refers to, if it resolves to one.
    private mutating func namedReferent(of pronoun: WordKey, at offset: Int) -> Int? {
        guard let owner = registry.resolvePronoun(pronoun, at: offset, preferring: latestSpeaker), registry.entities[owner].isNamed else { return nil }
        return owner
    }

    /// The named speaker whose statement, report or website speaks (`Chelsea's statement added`, `Pew's survey
    /// found`, `his report said`), if the phrase's possessor is one.
    mutating func documentOwner(_ phrase: Phrase, head: WordKey, parser: PhraseParser, mentionAt: MentionMap) -> Int? {
        let tokens = parser.tokens
        guard Analysis.documentHeads.contains(head) || EvidenceLexicon.sources.contains(head) || Analysis.ownedDocuments.contains(head) else { return nil }
        // `his report said`: the one `he` stands for (`its` and `their` find an organisation too loosely).
        if let pronoun = Analysis.possessivePronoun(opening: phrase, tokens), pronoun == Pronoun.he || pronoun == Pronoun.she {
            guard let owner = namedReferent(of: pronoun, at: tokens[phrase.start].start) else { return nil }
            // The document keeps its own name (`Wim Kok’s report`), so the `it` that goes on quoting it finds it.
            let document = text(tokens[phrase.coreStart].start, tokens[phrase.end - 1].end)
            return registry.resolveDescription(registry.entities[owner].name + "’s " + document, kind: .organisation, at: tokens[phrase.start].start)
        }
        guard let possessive = phrase.lastPossessive(tokens), possessive > phrase.start,
              let name = parser.phrase(endingAt: possessive - 1, lowerBound: phrase.start), name.kind == .name,
              let owner = resolve(name, parser: parser, mentionAt: mentionAt), registry.entities[owner].isNamed else { return nil }
        return owner
    }

    /// Texts that speak for their owner besides `documentHeads` (`Microsoft's website says`).
    static let ownedDocuments = WordList("website site blog release announcement filing newsletter")

    /// The organisation a bare `A spokesman` speaks for: the one opening the sentence before (`But the Home Office
    /// defended the measures. A spokesman said …`); none when `for X` follows and names it.
    func organisationSpokenFor(_ phrase: Phrase, head: WordKey, tokens: UnsafeBufferPointer<Token>) -> Int? {
        guard phrase.end - phrase.coreStart == 1, phrase.start < phrase.coreStart, Analysis.indefiniteArticles.contains(tokens[phrase.start].key),
              Analysis.spokespeople.contains(head),
              phrase.end >= tokens.count || !tokens[phrase.end].isLowercaseWord || tokens[phrase.end].key != Analysis.for else { return nil }
        return registry.recentOrganisation(before: tokens[phrase.start].start)
    }

    /// Nouns for someone who speaks for an organisation (`A spokesman said`).
    static let spokespeople = WordList("spokesman spokeswoman spokesperson")
    /// `a` and `an`.
    static let indefiniteArticles = WordList("a an")

    /// Nouns for someone who speaks for another (`his spokesman`, `her lawyers`).
    static let representatives = WordList("""
        spokesman spokeswoman spokesperson spokesmen spokeswomen spokespeople lawyer lawyers attorney attorneys
        solicitor solicitors agent aide aides adviser advisers advisor advisors publicist
        """)
    /// Role nouns of someone who speaks for others unnamed, which after `a` or `an` make an anonymous source (`A Home
    /// Office spokesman said`, `said a Juventus official`).
    static let sourceHeads = WordList("spokesman spokeswoman spokesperson official source insider aide adviser advisor lawyer")

    /// The personal pronoun behind each possessive one.
    static let possessivePronouns: [WordKey: WordKey] = [
        WordHash.key("his"): Pronoun.he, WordHash.key("her"): Pronoun.she, WordHash.key("their"): Pronoun.they, Analysis.its: Pronoun.it,
    ]

    /// Who speaks through a passive cue of asking or telling: its agent (`Sanders was asked by host Bill Maher, “…”`),
    /// if a name or description follows `by`.
    mutating func passiveAgent(of cue: Cue, _ sentence: Range<Int>, parser: PhraseParser, mentionAt: MentionMap) -> Int? {
        guard let agent = passiveAgentPhrase(of: cue, sentence, parser: parser) else { return nil }
        return resolve(agent, parser: parser, mentionAt: mentionAt)
    }

    /// The one asked or told through the passive cue at `cueToken` whose agent speaks (`Rubio was asked by moderator
    /// Gerard Baker whether …`), who answers in the quotation paragraphs that follow; nil for any other cue.
    mutating func passiveAnswerer(cueToken: Int, _ sentence: Range<Int>, parser: PhraseParser, mentionAt: MentionMap) -> Int? {
        guard let cue = cue(at: cueToken, sentence, parser: parser), isPassive(cue, sentence, parser.tokens),
              passiveAgentPhrase(of: cue, sentence, parser: parser) != nil,
              let asked = Analysis.subjectPhrase(of: cue.index, isAccording: false, sentence, parser: parser) else { return nil }
        return resolve(asked, parser: parser, mentionAt: mentionAt)
    }

    /// The agent phrase after `by` of a passive cue of asking or telling, if it is a name or description.
    private func passiveAgentPhrase(of cue: Cue, _ sentence: Range<Int>, parser: PhraseParser) -> Phrase? {
        let tokens = parser.tokens
        guard Analysis.passiveSpeechCues.contains(tokens[cue.index].key), cue.end + 1 < sentence.upperBound, tokens[cue.end].isLowercaseWord,
              tokens[cue.end].key == Analysis.by, let agent = parser.phrase(startingAt: cue.end + 1, upperBound: sentence.upperBound),
              agent.kind != .pronoun else { return nil }
        return agent
    }

    /// Cues of asking and telling whose passive names the speaker as its agent (`was asked by`, `was told by`).
    static let passiveSpeechCues = WordList("asked told questioned urged warned advised")
}
