/// A block's place in the text before it is classified.
struct RawBlock: Sendable {
    /// The block's content, trimmed of surrounding white space (and of a Markdown `#` marker).
    var range: TextRange
    /// Whether a blank line (or the start of the text) comes before the block.
    var startsGroup: Bool
    /// The level of a Markdown `#` heading, or 0.
    var markdownLevel: Int
}

/// Splits article text into paragraph-level blocks: at blank lines, and at line breaks that are not soft wraps.
enum BlockSplitter {
    /// The non-empty blocks of the text with their scalar ranges, given the offsets of its `\n` and `\r` scalars.
    static func split(_ scalars: [Unicode.Scalar], lineBreaks: [Int]) -> [RawBlock] {
        scalars.withUnsafeBufferPointer { split($0, lineBreaks: lineBreaks) }
    }

    /// `split` on the scalars' storage, without index checks; the lines are read one at a time, not gathered first.
    private static func split(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, lineBreaks: [Int]) -> [RawBlock] {
        var lines = LineReader(scalars, lineBreaks: lineBreaks)
        var blocks: [RawBlock] = []
        // At most a block per line; capacity never written to costs no memory.
        blocks.reserveCapacity(lineBreaks.count + 1)
        var pending = lines.next()
        while let line = pending {
            var last = line
            pending = lines.next()
            if line.markdownLevel == 0 {
                while let next = pending, !next.startsGroup, next.markdownLevel == 0, isSoftWrap(scalars, last, next) {
                    last = next
                    pending = lines.next()
                }
            }
            blocks.append(RawBlock(range: TextRange(start: line.start, end: last.end), startsGroup: line.startsGroup, markdownLevel: line.markdownLevel))
        }
        return blocks
    }

    /// Whether the break between two lines of one paragraph is a soft wrap inside running text.
    private static func isSoftWrap(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ line: LineReader.Line, _ next: LineReader.Line) -> Bool {
        let first = scalars[next.start]
        if first.properties.isLowercase { return true }
        let last = scalars[line.end - 1]
        if ".!?:…|\"”’'".unicodeScalars.contains(last) { return false }
        if "-*•+>".unicodeScalars.contains(first) { return false }
        return line.end - line.start >= 60
    }

    /// Horizontal white space, including no-break spaces.
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || scalar == "\u{A0}" || scalar == "\u{FEFF}" || (scalar.value < 0x20 && scalar != "\n" && scalar != "\r")
            || (scalar.value >= 0x2000 && scalar.value <= 0x200B) || scalar == "\u{3000}" || scalar == "\u{202F}"
    }
}
