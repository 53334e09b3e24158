/// `called` and `dubbed` that name a thing rather than report speech: `a class called “Perception”`, `the
/// so called “deal”`, `has been dubbed ‘Obamacare’`, `a company called Akamai`.
extension Analysis {
    static let namingVerbs = WordList("called dubbed")
    private static let namingLeads = WordList("so be been being is was are were")
    private static let indefinites = WordList("a an this these another")
    private static let notNouns = WordList("he she they who whom which what that it we i you")

    /// Whether the cue word at `index` names what goes before it with the quotation or name after it; the naming
    /// verb's bit is tested inline, since the cue test asks this of every cue word.
    @inline(__always)
    func isNaming(at index: Int, _ sentence: Range<Int>, parser: PhraseParser) -> Bool {
        parser.tokens[index].lexicons.contains(.namingVerb) && index > sentence.lowerBound && namesBefore(index, sentence, parser: parser)
    }

    /// `isNaming` for the naming verb at `index`, after the sentence's first token.
    private func namesBefore(_ index: Int, _ sentence: Range<Int>, parser: PhraseParser) -> Bool {
        let tokens = parser.tokens
        var next = index + 1
        if next < sentence.upperBound, tokens[next].kind == .word, tokens[next].key == Analysis.the { next += 1 }
        guard next < sentence.upperBound, tokens[next].kind == .quote || parser.isNameWord(next) else { return false }
        let previous = tokens[index - 1]
        guard previous.isLowercaseWord, !Analysis.notNouns.contains(previous.key) else { return false }
        if Analysis.namingLeads.contains(previous.key) { return true }
        var cursor = index - 1
        while cursor >= sentence.lowerBound, index - cursor <= 5, tokens[cursor].isLowercaseWord || tokens[cursor].kind == .number {
            if Analysis.indefinites.contains(tokens[cursor].key) { return true }
            cursor -= 1
        }
        return false
    }
}
