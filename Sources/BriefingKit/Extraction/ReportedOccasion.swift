/// The occasion a cue is reported with (`said in an interview last week that …`, `said in a statement it …`,
/// `said on Saturday, and …`), which is not what was said.
extension Analysis {
    /// Prepositions that may open the circumstances of a cue (`said in an interview`, `wrote on Twitter`).
    static let occasionPrepositions = WordList("in on at by from over during")

    /// Nouns of a medium or an occasion, which make a prepositional phrase after a cue its circumstance, not what was
    /// said (`in an interview last week`, `in a tweet`, `at the meeting`).
    static let occasionNouns = WordList("""
        interview interviews statement statements tweet tweets email emails e-mail letter letters speech speeches
        meeting meetings memoir article op-ed column blog post posts programme program show broadcast radio
        television podcast call conference briefing hearing rally debate week month year morning afternoon evening
        night day weekend
        """)

    /// `least` and `most`, which make `at` a bound on a number (`reported at least 20 victims`), not an occasion.
    static let boundWords = WordList("least most")

    /// Whether the prepositional phrase at `start` names the occasion of the cue before it: a weekday, a number or an
    /// occasion noun before the next punctuation or `that`.
    func namesOccasion(after start: Int, _ end: Int, _ tokens: UnsafeBufferPointer<Token>) -> Bool {
        if start + 1 < end, tokens[start + 1].isLowercaseWord, Analysis.boundWords.contains(tokens[start + 1].key) { return false }
        var index = start + 1
        while index < end, index - start < 9 {
            let token = tokens[index]
            guard token.kind == .word || token.kind == .number || token.kind == .possessive else { return false }
            if token.kind == .number { return true }
            if token.kind == .word, token.key == Analysis.that { return false }
            if token.kind == .word, token.lexicons.contains(.weekday) || Analysis.occasionNouns.contains(token.key) { return true }
            index += 1
        }
        return false
    }

    /// Where what was said starts after a circumstance that opens the words after a cue: after a `that` (`said in an
    /// interview last week that she …`), at a subject pronoun (`said in a statement it is …`) or, with `commaCloses`
    /// (the cue is in no subordinate clause), after the comma closing it when a subject follows (`suggested in a
    /// tweet, women won't …`, not `, which …`); nil when no clause follows (`Irish replied with three penalties`).
    func clauseAfterOccasion(_ start: Int, _ end: Int, _ tokens: UnsafeBufferPointer<Token>, commaCloses: Bool) -> Int? {
        var index = start + 1
        while index < end, index - start < 16 {
            let token = tokens[index]
            if token.isLowercaseWord, token.key == Analysis.that {
                guard index + 1 < end, opensSubject(tokens[index + 1]) else { return nil }
                return index + 1
            }
            // A subject pronoun opens what was said when no `that` does (`said in a statement it is investigating`).
            if token.isLowercaseWord, token.lexicons.contains(.pronoun), token.key != Pronoun.who, namesOccasion(after: start, index, tokens) {
                return index
            }
            if token.isPunctuation(",") {
                guard commaCloses, index + 1 < end, opensSubject(tokens[index + 1]), !tokens[index + 1].lexicons.contains(.determiner),
                      namesOccasion(after: start, index, tokens) else { return nil }
                return index + 1
            }
            if token.kind == .punctuation && !token.isPunctuation("-") && !token.isPunctuation(".") { return nil }
            index += 1
        }
        return nil
    }

    /// Whether a token can open the subject of a clause: a capitalised word, a number, a determiner or a personal
    /// pronoun (not a relative `that works`, `who`).
    private func opensSubject(_ token: Token) -> Bool {
        token.kind == .number || token.kind == .word && (token.isCapitalised || token.lexicons.contains(.determiner)
            || token.lexicons.contains(.pronoun) && token.key != Pronoun.who)
    }
}
