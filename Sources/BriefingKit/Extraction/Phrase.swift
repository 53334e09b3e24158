/// What a noun phrase that may name a speaker is.
enum PhraseKind: Sendable {
    /// A proper name, perhaps with titles before it ("Foreign Secretary James Cleverly").
    case name
    /// A pronoun ("he", "who").
    case pronoun
    /// A role noun ("the prime minister", "an Elysee official").
    case role
    /// A group of people ("critics", "both sides").
    case group
    /// An organisation described by a common noun ("the French government").
    case organisation
    /// An age standing for a person named before ("the 46-year-old").
    case age
}

/// A noun phrase over frame tokens: the whole span, and where its head part (the name, or the words after the
/// article) starts.
struct Phrase: Sendable {
    /// The first token.
    var start: Int
    /// Just past the last token.
    var end: Int
    /// The first token of the name or description proper.
    var coreStart: Int
    /// What it is.
    var kind: PhraseKind
    /// Whether it opens with `the`, a demonstrative or a possessive.
    var isDefinite: Bool
    /// Whether a possessive sits inside it ("the prime minister's spokesman").
    var hasPossessive: Bool

    /// This description read on to `end`, with the words that tie it to a later phrase (`source familiar with Cruz`,
    /// `Citizens in … a BBC poll`); no possessive stands in it as a whole.
    func extended(to end: Int) -> Phrase {
        Phrase(start: start, end: end, coreStart: coreStart, kind: kind, isDefinite: isDefinite, hasPossessive: false)
    }

    /// The token of the last possessive before the head (`the group's` in `the group's general secretary`), if any.
    func lastPossessive(_ tokens: UnsafeBufferPointer<Token>) -> Int? {
        (start..<(end - 1)).last { tokens[$0].kind == .possessive }
    }
}
