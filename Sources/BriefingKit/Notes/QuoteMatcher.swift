/// Locates a TextQuoteSelector-style anchor in text: exact match first, then one that ignores
/// differences in whitespace; the occurrence whose context agrees best wins.
enum QuoteMatcher {
    /// The span of the best occurrence of the anchor's exact text, or nil when it is gone.
    static func locate(_ anchor: NoteAnchor, in scalars: [Unicode.Scalar]) -> TextRange? {
        let exact = Array(anchor.exact.unicodeScalars)
        guard !exact.isEmpty else { return nil }
        let prefix = Array(anchor.prefix.unicodeScalars), suffix = Array(anchor.suffix.unicodeScalars)
        let spans = occurrences(of: exact, in: scalars).map { TextRange(start: $0, end: $0 + exact.count) }
        if let best = best(of: spans, in: scalars, prefix: prefix, suffix: suffix, hint: anchor.range) {
            return best
        }
        return best(of: looseOccurrences(of: exact, in: scalars), in: scalars, prefix: prefix, suffix: suffix, hint: anchor.range)
    }

    /// The span whose surroundings match the saved context longest; the nearest to the hint breaks ties.
    private static func best(
        of spans: [TextRange], in scalars: [Unicode.Scalar],
        prefix: [Unicode.Scalar], suffix: [Unicode.Scalar], hint: TextRange
    ) -> TextRange? {
        var best: (span: TextRange, score: Int, distance: Int)?
        for span in spans {
            let score = commonSuffix(prefix, scalars[..<span.start]) + commonPrefix(suffix, scalars[span.end...])
            let distance = abs(span.start - hint.start)
            if let current = best, (current.score, -current.distance) >= (score, -distance) { continue }
            best = (span, score, distance)
        }
        return best?.span
    }

    /// The start of every occurrence of `needle` in `haystack`.
    static func occurrences(of needle: [Unicode.Scalar], in haystack: [Unicode.Scalar]) -> [Int] {
        guard !needle.isEmpty, needle.count <= haystack.count else { return [] }
        var starts: [Int] = []
        let first = needle[0]
        for start in 0...(haystack.count - needle.count) where haystack[start] == first {
            if haystack[start..<start + needle.count].elementsEqual(needle) { starts.append(start) }
        }
        return starts
    }

    /// Occurrences of `needle` where any run of whitespace matches any other run of whitespace.
    static func looseOccurrences(of needle: [Unicode.Scalar], in haystack: [Unicode.Scalar]) -> [TextRange] {
        let loose = collapsed(needle)
        guard !loose.scalars.isEmpty else { return [] }
        let text = collapsed(haystack)
        return occurrences(of: loose.scalars, in: text.scalars).map { start in
            let last = start + loose.scalars.count - 1
            return TextRange(start: text.origins[start], end: text.origins[last] + 1)
        }
    }

    /// Whitespace runs collapsed to one space and trimmed; `origins[i]` is the source offset of scalar i.
    private static func collapsed(_ scalars: [Unicode.Scalar]) -> (scalars: [Unicode.Scalar], origins: [Int]) {
        var out: [Unicode.Scalar] = [], origins: [Int] = []
        var pendingSpace: Int?
        for (offset, scalar) in scalars.enumerated() {
            if scalar.properties.isWhitespace {
                if pendingSpace == nil, !out.isEmpty { pendingSpace = offset }
                continue
            }
            if let space = pendingSpace {
                out.append(" ")
                origins.append(space)
                pendingSpace = nil
            }
            out.append(scalar)
            origins.append(offset)
        }
        return (out, origins)
    }

    /// How many scalars at the end of `saved` equal those just before the match.
    private static func commonSuffix(_ saved: [Unicode.Scalar], _ before: ArraySlice<Unicode.Scalar>) -> Int {
        zip(saved.reversed(), before.reversed()).prefix { $0 == $1 }.count
    }

    /// How many scalars at the start of `saved` equal those just after the match.
    private static func commonPrefix(_ saved: [Unicode.Scalar], _ after: ArraySlice<Unicode.Scalar>) -> Int {
        zip(saved, after).prefix { $0 == $1 }.count
    }
}
