/// Quotations that name a work or label rather than report speech (`“Broad City” star …`, `''Friends'' has been …`,
/// `"Related:"`), so that no speaker is given them by context.
extension Analysis {
    /// The most words a quoted title has.
    private static let titleWords = 5

    /// Whether a quotation is title-like: a few words, each long word capitalised, ending without . ! or ?.
    func isTitle(_ quote: QuoteSpan) -> Bool {
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
                if words > Analysis.titleWords || (!ScalarClass.isUppercase(scalar) && !ScalarClass.isDigit(scalar) && (words == 1 || end - index > 3)) { return false }
            }
            if scalar != " " && scalar != "\u{a0}" { last = scalar }
            index += 1
        }
        return words > 0 && last != "." && last != "!" && last != "?" && last != "\u{2026}"
    }
}
