/// Where one article of a file ends and the next begins, so a file of several pasted stories is read story by story:
/// a separator line (`---`, `* * *`) or, inside a related-links tail, a title followed by running prose.
extension BlockClassifier {
    /// Whether a block is a separator line: three or more rule marks (`-`, `*`, `=`, `_`, `~`, `#`, dashes, bullets)
    /// and nothing else but spaces.
    static func isSeparator(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ range: TextRange) -> Bool {
        guard range.length >= 3, range.length <= 80 else { return false }
        var marks = 0
        for index in range.start..<range.end {
            let scalar = scalars[index]
            if BlockSplitter.isSpace(scalar) { continue }
            guard separatorMarks.contains(scalar) else { return false }
            marks += 1
        }
        return marks >= 3
    }

    /// The scalars a separator line is drawn with.
    private static let separatorMarks: Set<Unicode.Scalar> = ["-", "*", "=", "_", "~", "#", "–", "—", "•", "·", "+"]

    /// Whether the block at `index` opens a new article inside a related-links tail: a title line followed by two
    /// blocks of running prose (teasers are headlines and cut-off standfirsts, not paragraphs).
    static func startsArticle(_ raw: [RawBlock], at index: Int, _ scalars: UnsafeBufferPointer<Unicode.Scalar>) -> Bool {
        guard index + 2 < raw.count, isTitle(scalars, raw[index].range) else { return false }
        return isProse(scalars, raw[index + 1].range, words: 15) && isProse(scalars, raw[index + 2].range, words: 15)
    }

    /// Whether a block is running prose: at least `words` words ending a sentence (`.`, `?` or `!`, perhaps inside a
    /// closing quotation mark or bracket), not a headline or a teaser cut off with `…`.
    static func isProse(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ range: TextRange, words: Int) -> Bool {
        guard range.length >= words * 3 else { return false }
        var end = range.end
        while end > range.start + 1, closers.contains(scalars[end - 1]) { end -= 1 }
        let last = scalars[end - 1]
        guard last == "." || last == "?" || last == "!" else { return false }
        return wordCount(scalars, range) >= words
    }

    /// Marks that may close a sentence after its full stop.
    private static let closers: Set<Unicode.Scalar> = ["\"", "'", "”", "’", "»", ")", "]"]
}
