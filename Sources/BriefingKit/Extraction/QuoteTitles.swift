/// Quotations that name a work or label rather than report speech (`“Broad City” star …`, `''Friends'' has been …`,
/// `"Related:"`), so that no speaker is given them by context.
extension Analysis {
    /// The most words a quoted title has.
    private static let titleWords = 5

    /// Whether a quotation is title-like: a few words, each long word capitalised, ending without . ! or ? (or,
    /// when `fullStop` allows it, with a full stop and with lower-case words of four letters: `on NBC's ''Meet the
    /// Press.''`, `“Generations with Kevin Swanson”`). Static, so the mutating attribution rule's call does not copy the
    /// analysis.
    static func isTitle(_ quote: QuoteSpan, _ scalars: [Unicode.Scalar], fullStop: Bool = false) -> Bool {
        guard quote.startBlock == quote.endBlock else { return false }
        var words = 0
        var index = quote.contentStart
        var last: Unicode.Scalar = " "
        while index < quote.contentEnd {
            let scalar = scalars[index]
            if ScalarClass.isAlphanumeric(scalar), index == quote.contentStart || !ScalarClass.isAlphanumeric(scalars[index - 1]) && scalars[index - 1] != "'" && scalars[index - 1] != "\u{2019}" && scalars[index - 1] != "-" {
                words += 1
                var end = index
                while end < quote.contentEnd, ScalarClass.isAlphanumeric(scalars[end]) { end += 1 }
                if words > Analysis.titleWords || (!ScalarClass.isUppercase(scalar) && !ScalarClass.isDigit(scalar) && (words == 1 || end - index > (fullStop ? 4 : 3))) { return false }
            }
            if scalar != " " && scalar != "\u{a0}" { last = scalar }
            index += 1
        }
        return words > 0 && (last != "." || fullStop) && last != "!" && last != "?" && last != "\u{2026}"
    }

    /// Nouns of an appearance before `on` and a programme's title (`Carson's appearance on “Meet the Press.”`).
    private static let appearanceNouns = WordList("appearance appearances interview interviews")
    /// Roles in a work before `of` and its title (`host of “The Nightly Show”`, `star of “Scandal”`).
    private static let workRoles = WordList("host hosts star stars creator creators author authors director producer")

    /// Whether the title-like quotation at `position` names a programme or work by where it stands: after an
    /// outlet's possessive (`on CNN's “State of the Union,”`), a work noun (`his show, “Generations”`), `in` (`his
    /// turn in “The Revenant.”`), a role in a work and `of` (`host of “The Nightly Show”`), or `on` after a cue (`said
    /// on ''Meet the Press''`). The words before it are read first and the quotation's own words only when they fit;
    /// inlined, since an out-of-line call from the mutating attribution rule copies the whole analysis first.
    @inline(__always)
    func isWorkTitle(_ quote: QuoteSpan, at position: Int, _ sentence: Range<Int>, parser: PhraseParser) -> Bool {
        guard position > sentence.lowerBound, titlePlace(before: position, sentence, parser: parser) else { return false }
        return Analysis.isTitle(quote, scalars, fullStop: true)
    }

    /// Whether the words before the quotation at `position` (after the sentence's first token) are where a work's
    /// title stands.
    private func titlePlace(before position: Int, _ sentence: Range<Int>, parser: PhraseParser) -> Bool {
        let tokens = parser.tokens
        var previous = tokens[position - 1]
        if previous.isPunctuation(","), position - 2 > sentence.lowerBound, tokens[position - 2].isLowercaseWord, parser.lexicons.workNouns.contains(tokens[position - 2].key) {
            previous = tokens[position - 2]
        }
        if previous.kind == .possessive, position - 2 >= sentence.lowerBound {
            let owner = tokens[position - 2]
            return owner.kind == .word && (owner.isAllCaps || owner.listed(in: .organisationWord))
        }
        guard previous.isLowercaseWord else { return false }
        if parser.lexicons.workNouns.contains(previous.key) || previous.key == Analysis.in { return true }
        if previous.key == Analysis.of, position - 2 >= sentence.lowerBound, tokens[position - 2].isLowercaseWord,
           Analysis.workRoles.contains(tokens[position - 2].key) { return true }
        guard previous.key == Analysis.on, position - 2 >= sentence.lowerBound else { return false }
        let before = tokens[position - 2]
        return before.isLowercaseWord && Analysis.appearanceNouns.contains(before.key) || cue(at: position - 2, sentence, parser: parser) != nil
    }
}
