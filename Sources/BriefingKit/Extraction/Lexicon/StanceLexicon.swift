/// Verbs and adjectives that state a position without a speech act ("wants", "is expected to").
enum StanceLexicon {
    /// Verb forms that introduce a stance.
    static let verbs = WordList("""
        want wants wanted hope hopes hoped plan plans planned intend intends intended oppose opposes opposed
        support supports supported favour favours favoured favor favors favored believe believes believed
        think thinks thought expect expects fear fears feared prefer prefers preferred seek seeks sought
        reject rejects rejected endorse endorses endorsed backs backed know knows knew feel feels felt sees seem seems seemed
        appear appears appeared
        """)

    /// Stance verbs that are as often nouns (`The latest Tory plans came …`, `Labour support has been falling`); one
    /// followed by a finite verb is the noun. (`hopes`, `fears` and `believes` so placed are verbs whose object is a
    /// relative clause's gap: `the man Obama hopes will succeed him`.)
    static let nounForms = WordList("plan plans support supports")

    /// Words after a stance verb's form that make a noun of the two (`think tank`), which states nothing.
    static let nounMakers = WordList("tank tanks")

    /// Stance verbs that are neither nouns nor passive participles (`believed to be`), so they may take a plain noun
    /// phrase as subject (`Most voters believe …`).
    static let plainSubjectVerbs = WordList("""
        believe believes think thinks want wants wanted feared expect expects know knows knew prefer
        prefers intend intends
        """)

    /// Verbs that state a stance only when no preposition follows (`appears to back`, not `appeared on a show`).
    static let appearanceVerbs = WordList("appear appears appeared")

    /// Adjectives and participles that make `be … to` a stance ("is expected to", "is determined to").
    static let predicates = WordList("""
        expected determined keen committed eager reluctant unwilling willing ready opposed inclined minded resolved
        """)

    /// Forms of `be` that carry a stance predicate.
    static let beForms = WordList("is are was were be been being 's 're")
}
