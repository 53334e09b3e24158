/// A wire-service dateline opening a paragraph (`WASHINGTON (AP) —`, `SCRANTON, Pa. —`, `PARIS, Aug 31
/// (Reuters) -`, `LONDON — `, `Washington (AFP) –`): a place, not a speaker, so the first sentence starts after its dash.
enum Dateline {
    /// How many tokens a dateline may run before its dash.
    private static let maxLength = 14

    /// The index of the first token after the dateline that opens `tokens`, if they open with one.
    static func end(of tokens: UnsafeBufferPointer<Token>, in sentence: Range<Int>) -> Int? {
        var index = sentence.lowerBound
        while index < sentence.upperBound, tokens[index].kind == .word, tokens[index].isAllCaps { index += 1 }
        if index == sentence.lowerBound { return agencyDatelineEnd(tokens, sentence) }
        guard index > sentence.lowerBound, index + 1 < sentence.upperBound else { return nil }
        let spacedDash = tokens[index].isDash && tokens[index].start > tokens[index - 1].end && tokens[index + 1].start > tokens[index].end
        guard tokens[index].isPunctuation(",") || tokens[index].isPunctuation("(") || spacedDash else { return nil }
        while index < sentence.upperBound, index - sentence.lowerBound < maxLength {
            let token = tokens[index]
            if token.kind == .quote { return nil }
            if token.isDash {
                var next = index + 1
                while next < sentence.upperBound, tokens[next].isPunctuation("-") { next += 1 }
                return next < sentence.upperBound ? next : nil
            }
            index += 1
        }
        return nil
    }

    /// The end of a dateline in title case followed by an agency in capitals (`Washington (AFP) –`), if there is one.
    private static func agencyDatelineEnd(_ tokens: UnsafeBufferPointer<Token>, _ sentence: Range<Int>) -> Int? {
        var index = sentence.lowerBound
        while index < sentence.upperBound, index - sentence.lowerBound < 4, tokens[index].kind == .word, tokens[index].isCapitalised { index += 1 }
        guard index > sentence.lowerBound, index + 3 < sentence.upperBound, tokens[index].isPunctuation("("),
              tokens[index + 1].kind == .word, tokens[index + 1].isAllCaps, tokens[index + 2].isPunctuation(")"), tokens[index + 3].isDash else { return nil }
        return index + 4
    }
}
