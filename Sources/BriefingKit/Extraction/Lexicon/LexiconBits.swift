/// A lexicon whose membership the tokenizer records on each token, so rules test a bit instead of looking words up.
enum TokenLexicon: UInt32 {
    case cue, notName, honorific, determiner, preposition, pronoun, skippable, weekday, abbreviation
    case roleHead, roleModifier, stanceVerb, groupQuantifier, evidenceVerb
    case appearanceVerb, stancePredicate, beForm, groupHead, organisationHead
    case namingVerb, settingPreposition, conjunction, plainSubjectCue
    // Word lists that rules look up at tokens in their hottest loops, as a bit rather than a look-up through a lazy
    // global (each read of which is a `swift_once` call).
    case auxiliary, subordinator, finiteBe, lyNonAdverb, nameParticle, article, placeWord, addresseeCue, organisationWord
}

/// The set of `TokenLexicon`s holding a word.
struct LexiconBits: Sendable {
    /// One bit per lexicon, by its raw value.
    var rawValue: UInt32 = 0

    /// Whether the word is in `lexicon`.
    @inline(__always)
    func contains(_ lexicon: TokenLexicon) -> Bool { rawValue & (1 << lexicon.rawValue) != 0 }

    /// Whether the word is in none of the lexicons before `.auxiliary` (the word classes, not the plain word lists).
    @inline(__always)
    var isInNoWordClass: Bool { rawValue & ((1 << TokenLexicon.auxiliary.rawValue) - 1) == 0 }

    /// Takes the word out of `lexicon` for this token.
    mutating func remove(_ lexicon: TokenLexicon) { rawValue &= ~(1 << lexicon.rawValue) }

    /// These lexicons and `lexicon`.
    @inline(__always)
    func adding(_ lexicon: TokenLexicon) -> LexiconBits { LexiconBits(rawValue: rawValue | 1 << lexicon.rawValue) }
}

/// One table from word keys to the `LexiconBits` of the token lexicons that hold them.
struct TokenLexicons: Sendable {
    /// The shared table, built once from the lexicons.
    static let shared = TokenLexicons()

    /// The bits of each key in any of the lexicons.
    private let table: KeyTable

    private init() {
        let lists: [(TokenLexicon, [WordKey])] = [
            (.cue, CueLexicon.forms), (.notName, FunctionWordLexicon.notNames.keys),
            (.honorific, PersonLexicon.honorifics.keys), (.determiner, FunctionWordLexicon.determiners.keys),
            (.preposition, FunctionWordLexicon.prepositions.keys), (.pronoun, FunctionWordLexicon.pronouns.keys),
            (.skippable, FunctionWordLexicon.skippable.keys), (.weekday, FunctionWordLexicon.weekdays.keys),
            (.abbreviation, FunctionWordLexicon.abbreviations.keys), (.roleHead, PersonLexicon.roleHeads.keys),
            (.roleModifier, PersonLexicon.roleModifiers.keys), (.stanceVerb, StanceLexicon.verbs.keys),
            (.groupQuantifier, GroupLexicon.quantifiers.keys), (.evidenceVerb, EvidenceLexicon.verbs.keys),
            (.appearanceVerb, StanceLexicon.appearanceVerbs.keys), (.stancePredicate, StanceLexicon.predicates.keys),
            (.beForm, StanceLexicon.beForms.keys), (.groupHead, GroupLexicon.heads.keys),
            (.organisationHead, OrganisationLexicon.commonHeads.keys), (.namingVerb, Analysis.namingVerbs.keys),
            (.settingPreposition, FunctionWordLexicon.settingPrepositions.keys), (.conjunction, Analysis.conjunctions.keys),
            (.plainSubjectCue, Analysis.plainSubjectCues.keys), (.auxiliary, EvidenceLexicon.auxiliaries.keys),
            (.subordinator, FunctionWordLexicon.subordinators.keys), (.finiteBe, Analysis.finiteBe.keys),
            (.lyNonAdverb, FunctionWordLexicon.lyNonAdverbs.keys), (.nameParticle, PhraseParser.particles.keys),
            (.article, PhraseParser.articles.keys), (.placeWord, OrganisationLexicon.placeWords.keys),
            (.addresseeCue, Analysis.addresseeCues.keys), (.organisationWord, OrganisationLexicon.nameWords.keys),
        ]
        var table = KeyTable(capacity: lists.reduce(0) { $0 + $1.1.count })
        for (lexicon, keys) in lists {
            for key in keys { table.insert(key, (table.value(key) ?? 0) | Int32(bitPattern: 1 << lexicon.rawValue)) }
        }
        self.table = table
    }

    /// Gives each token the lexicons holding its key; a key of 0 (a possessive, the first quotation) is in all, as
    /// `KeyTable` answers.
    func assignBits(_ tokens: UnsafeMutableBufferPointer<Token>) {
        table.withReader { table in
            for index in tokens.indices {
                let key = tokens[index].key
                tokens[index].lexicons = key == 0 ? LexiconBits(rawValue: .max) : LexiconBits(rawValue: table.value(key).map { UInt32(bitPattern: $0) } ?? 0)
            }
        }
    }
}
