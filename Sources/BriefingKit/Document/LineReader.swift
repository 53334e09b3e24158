/// Reads the trimmed, non-empty lines of a text one at a time, so no array of every line is built.
struct LineReader: IteratorProtocol {
    /// One trimmed, non-empty line.
    struct Line {
        /// Where the line's content starts (after white space and a Markdown `#` marker).
        var start: Int
        /// Where the line's content ends (before trailing white space).
        var end: Int
        /// Whether a blank line (or the start of the text) comes before it.
        var startsGroup: Bool
        /// The level of a Markdown `#` heading, or 0.
        var markdownLevel: Int
    }

    /// The text's scalars.
    private let scalars: UnsafeBufferPointer<Unicode.Scalar>
    /// The scalar offset of every `\n` and `\r`, in order.
    private let lineBreaks: [Int]
    /// Where reading resumes.
    private var index = 0
    /// Where the line being read starts.
    private var lineStart = 0
    /// Whether a blank line came since the last line returned.
    private var sawBlank = true
    /// The first line break not yet passed.
    private var nextBreak = 0

    /// A reader of the lines of `scalars`, given the offsets of its `\n` and `\r` scalars.
    init(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, lineBreaks: [Int]) {
        self.scalars = scalars
        self.lineBreaks = lineBreaks
    }

    /// The next non-empty line, trimmed and marked when a blank line comes before it; nil after the last.
    mutating func next() -> Line? {
        let count = scalars.count
        while index <= count {
            while nextBreak < lineBreaks.count, lineBreaks[nextBreak] < index { nextBreak += 1 }
            if nextBreak + ScalarPrefetch.distance < lineBreaks.count { ScalarPrefetch.ask(scalars, at: lineBreaks[nextBreak + ScalarPrefetch.distance]) }
            index = nextBreak < lineBreaks.count ? lineBreaks[nextBreak] : count
            var line: Line?
            if index == count || scalars[index] == "\n" || scalars[index] == "\r" {
                var start = lineStart, end = index
                while start < end, BlockSplitter.isSpace(scalars[start]) { start += 1 }
                while end > start, BlockSplitter.isSpace(scalars[end - 1]) { end -= 1 }
                if start == end {
                    if index < count, scalars[index] == "\r", index + 1 < count, scalars[index + 1] == "\n" {
                        index += 1
                    }
                    sawBlank = true
                } else {
                    var level = 0
                    while start + level < end, level < 7, scalars[start + level] == "#" { level += 1 }
                    if level > 0, level <= 6, start + level < end, BlockSplitter.isSpace(scalars[start + level]) {
                        start += level
                        while start < end, BlockSplitter.isSpace(scalars[start]) { start += 1 }
                    } else {
                        level = 0
                    }
                    line = Line(start: start, end: end, startsGroup: sawBlank, markdownLevel: level)
                    sawBlank = false
                    if index < count, scalars[index] == "\r", index + 1 < count, scalars[index + 1] == "\n" {
                        index += 1
                    }
                }
                lineStart = index + 1
            }
            index += 1
            if let line { return line }
        }
        return nil
    }
}
