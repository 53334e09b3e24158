/// Splits article text into paragraph-level blocks at blank lines.
enum BlockSplitter {
    /// The non-empty paragraphs of the text, each with its scalar range.
    static func split(_ scalars: [Unicode.Scalar]) -> [Block] {
        var blocks: [Block] = []
        var lineStart = 0
        var paragraphStart: Int?
        var paragraphEnd = 0
        func close() {
            guard let start = paragraphStart else { return }
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[start..<paragraphEnd])
            blocks.append(Block(index: blocks.count, kind: .paragraph, text: String(view), range: TextRange(start: start, end: paragraphEnd)))
            paragraphStart = nil
        }
        var index = 0
        while index <= scalars.count {
            let atEnd = index == scalars.count
            if atEnd || scalars[index] == "\n" || scalars[index] == "\r" {
                var contentStart = lineStart, contentEnd = index
                while contentStart < contentEnd, scalars[contentStart].properties.isWhitespace { contentStart += 1 }
                while contentEnd > contentStart, scalars[contentEnd - 1].properties.isWhitespace { contentEnd -= 1 }
                if contentStart == contentEnd {
                    close()
                } else {
                    if paragraphStart == nil { paragraphStart = contentStart }
                    paragraphEnd = contentEnd
                }
                lineStart = index + 1
            }
            index += 1
        }
        close()
        return blocks
    }
}
