/// Names in the words after a quotation that an apposition or a description separates from the cue (`“…,” Rep.
/// Ann Lee, R-Pa., said`, `said De Telegraaf's image editor, Peter Schoonen`, `“…,” the dawn of the movement, Bozell
/// says`).
extension Analysis {
    /// Whether the full stop at `index` ends no sentence inside an apposition: an abbreviation, as a comma right
    /// after it shows (`Rep. Glenn Thompson, R-Pa., said`, `of Raleigh, N.C., who …`), or a web address's dot, a
    /// word right after it (`editor of Gamesworld.com told`).
    func isAbbreviationDot(_ index: Int, _ sentence: Range<Int>, _ tokens: UnsafeBufferPointer<Token>) -> Bool {
        guard index + 1 < sentence.upperBound else { return false }
        let next = tokens[index + 1]
        return next.isPunctuation(",") || next.kind == .word && next.start == tokens[index].end
    }

    /// The name closing the sentence, or an apposition with a comma after it, after a description the phrase parser
    /// cannot read and a comma (`said De Telegraaf's image editor, Peter Hoogendoorn.`, `said his best friend at
    /// Lehigh, Bruce Turry, who …`).
    func nameAfterDescription(from start: Int, _ sentence: Range<Int>, parser: PhraseParser) -> Phrase? {
        var comma = start + 1
        while comma < sentence.upperBound, comma - start < 8, !parser.tokens[comma].isPunctuation(",") {
            guard parser.tokens[comma].kind != .quote else { return nil }
            comma += 1
        }
        guard comma < sentence.upperBound, comma - start < 8, let name = parser.phrase(startingAt: comma + 1, upperBound: sentence.upperBound), name.kind == .name,
              name.end == sentence.upperBound || parser.tokens[name.end].isPunctuation(",")
                || parser.tokens[name.end].kind == .punctuation && name.end + 1 == sentence.upperBound else { return nil }
        return name
    }

    /// The name standing right before the cue after a comma, perhaps with up to four words of description before it,
    /// when a description or a clause opens the words after the quotation (`“…,” the dawn of the modern movement,
    /// Bozell says.`, `the “firepower” they need, DFA spokesman Neil Sroka said`): those words were the quotation's.
    func nameBeforeCue(after phrase: Phrase, cue: Int, parser: PhraseParser) -> Phrase? {
        guard phrase.kind != .name, cue > phrase.end + 1,
              let name = parser.phrase(endingAt: cue - 1, lowerBound: phrase.end + 1), name.kind == .name,
              followsComma(name, from: phrase.end, parser: parser) else { return nil }
        return name
    }

    /// Whether a comma at or after `lowerBound` stands right before `phrase`, or before up to four modifiers that
    /// open it (`, DFA spokesman Neil Sroka`).
    func followsComma(_ phrase: Phrase, from lowerBound: Int, parser: PhraseParser) -> Bool {
        var before = phrase.start - 1
        while before > lowerBound, phrase.start - before <= 4, parser.isModifier(before) { before -= 1 }
        return before >= lowerBound && parser.tokens[before].isPunctuation(",")
    }

    /// The name set off by commas right after a described speaker and before its cue (`the White House press
    /// secretary, Josh Earnest, said`), which names the speaker better than the description (which becomes a role).
    func namedInApposition(after phrase: Phrase, before cue: Int, parser: PhraseParser) -> Phrase? {
        let tokens = parser.tokens
        guard phrase.kind == .role || phrase.kind == .organisation, phrase.end + 2 < cue, tokens[phrase.end].isPunctuation(","),
              tokens[cue - 1].isPunctuation(","), let name = parser.phrase(startingAt: phrase.end + 1, upperBound: cue - 1),
              name.kind == .name, name.end == cue - 1 else { return nil }
        return name
    }
}
