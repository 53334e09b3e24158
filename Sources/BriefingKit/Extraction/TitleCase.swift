/// Headings in title case (`Trump Just Revealed Who He Would Pick – It Might Surprise You`), where a capital marks
/// every word and so no name.
extension Analysis {
    /// The fewest long words a heading needs before its capitals are read as title case.
    private static let titleCaseWords = 4

    /// Whether the tokens of a heading capitalise every word of four letters or more, and there are enough of them.
    static func isTitleCase(_ tokens: [Token]) -> Bool {
        var long = 0
        for token in tokens where token.kind == .word && token.end - token.start >= 4 {
            guard token.isCapitalised else { return false }
            long += 1
        }
        return long >= titleCaseWords
    }
}
