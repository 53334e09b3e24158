/// What a quotation's words look like: a sentence's opening, enough words to be what someone said, a title's
/// capitals.
extension Analysis {
    /// The fewest words a quotation with no cue needs to be kept as what someone said rather than a scare quote or
    /// a label (`Trump issued a statement, “Last night, our nation was attacked …”`).
    static let substantialWords = 6

    /// Whether a quotation's words end with a full stop, so the sentence it closes ends with it (`“… being told.” Mr
    /// Blair retorted voters remembered …` starts another).
    @inline(__always)
    func endsWithFullStop(_ quote: QuoteSpan) -> Bool {
        var index = quote.contentEnd - 1
        while index >= quote.contentStart, ScalarClass.isSpace(scalars[index]) { index -= 1 }
        return index >= quote.contentStart && scalars[index] == "."
    }

    /// Whether a quotation of `scalars` holds at least `substantialWords` words. Static, as is `isTitleCased`: the
    /// mutating attribution rule asks it, and an out-of-line call of an analysis method would copy the analysis.
    static func isSubstantial(_ quote: QuoteSpan, _ scalars: [Unicode.Scalar]) -> Bool {
        var words = 0
        var index = quote.contentStart
        var inWord = false
        while index < quote.contentEnd {
            let letter = ScalarClass.isAlphanumeric(scalars[index])
            if letter, !inWord {
                words += 1
                if words >= Analysis.substantialWords { return true }
            }
            inWord = letter || (inWord && (scalars[index] == "'" || scalars[index] == "\u{2019}" || scalars[index] == "-"))
            index += 1
        }
        return false
    }

    /// Whether every word of four letters or more in a quotation is capitalised, as in the title of a book, film
    /// or article (`“Crippled America: How to Make America Great Again”`).
    static func isTitleCased(_ quote: QuoteSpan, _ scalars: [Unicode.Scalar]) -> Bool {
        var index = quote.contentStart
        while index < quote.contentEnd {
            guard ScalarClass.isLetter(scalars[index]), index == quote.contentStart || !ScalarClass.isAlphanumeric(scalars[index - 1]) else { index += 1; continue }
            var end = index
            while end < quote.contentEnd, ScalarClass.isAlphanumeric(scalars[end]) { end += 1 }
            if end - index >= 4, !ScalarClass.isUppercase(scalars[index]) { return false }
            index = end
        }
        return true
    }

    /// Whether a quotation's content opens like a sentence: a capital, a digit or an ellipsis first.
    @inline(__always)
    func startsLikeSentence(_ quote: QuoteSpan) -> Bool {
        var index = quote.contentStart
        while index < quote.contentEnd, !ScalarClass.isAlphanumeric(scalars[index]) {
            if scalars[index] == "\u{2026}" || scalars[index] == "." || scalars[index] == "[" { return true }
            index += 1
        }
        guard index < quote.contentEnd else { return false }
        return ScalarClass.isUppercase(scalars[index]) || ScalarClass.isDigit(scalars[index])
    }
}
