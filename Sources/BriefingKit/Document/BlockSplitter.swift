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

    /// `split` on the scalars' storage, without index checks.
    private static func split(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, lineBreaks: [Int]) -> [RawBlock] {
        let lines = nonEmptyLines(scalars, lineBreaks: lineBreaks)
        var blocks: [RawBlock] = []
        blocks.reserveCapacity(lines.count)
        var index = 0
        while index < lines.count {
            let line = lines[index]
            var end = line.end
            var next = index + 1
            if line.markdownLevel == 0 {
                while next < lines.count, !lines[next].startsGroup, lines[next].markdownLevel == 0,
                      isSoftWrap(scalars, lines[next - 1], lines[next]) {
                    end = lines[next].end
                    next += 1
                }
            }
            blocks.append(RawBlock(range: TextRange(start: line.start, end: end), startsGroup: line.startsGroup, markdownLevel: line.markdownLevel))
            index = next
        }
        return blocks
    }

    /// One trimmed, non-empty line.
    private struct Line {
        var start: Int
        var end: Int
        var startsGroup: Bool
        var markdownLevel: Int
    }

    /// The trimmed non-empty lines, each marked when a blank line comes before it.
    private static func nonEmptyLines(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, lineBreaks: [Int]) -> [Line] {
        var lines: [Line] = []
        lines.reserveCapacity(lineBreaks.count + 1)
        var lineStart = 0
        var sawBlank = true
        var index = 0
        let count = scalars.count
        var nextBreak = 0
        while index <= count {
            while nextBreak < lineBreaks.count, lineBreaks[nextBreak] < index { nextBreak += 1 }
            index = nextBreak < lineBreaks.count ? lineBreaks[nextBreak] : count
            if index == count || scalars[index] == "\n" || scalars[index] == "\r" {
                var start = lineStart, end = index
                while start < end, isSpace(scalars[start]) { start += 1 }
                while end > start, isSpace(scalars[end - 1]) { end -= 1 }
                if start == end {
                    if index < count, scalars[index] == "\r", index + 1 < count, scalars[index + 1] == "\n" {
                        index += 1
                    }
                    sawBlank = true
                } else {
                    var level = 0
                    while start + level < end, level < 7, scalars[start + level] == "#" { level += 1 }
                    if level > 0, level <= 6, start + level < end, isSpace(scalars[start + level]) {
                        start += level
                        while start < end, isSpace(scalars[start]) { start += 1 }
                    } else {
                        level = 0
                    }
                    lines.append(Line(start: start, end: end, startsGroup: sawBlank, markdownLevel: level))
                    sawBlank = false
                    if index < count, scalars[index] == "\r", index + 1 < count, scalars[index + 1] == "\n" {
                        index += 1
                    }
                }
                lineStart = index + 1
            }
            index += 1
        }
        return lines
    }

    /// Whether the break between two lines of one paragraph is a soft wrap inside running text.
    private static func isSoftWrap(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ line: Line, _ next: Line) -> Bool {
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
