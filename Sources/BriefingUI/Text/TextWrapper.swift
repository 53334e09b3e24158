/// Word-wraps text into lines that fit a width in display cells.
enum TextWrapper {
    /// Wraps `text` (starting at scalar `startOffset` of its article) into lines of at most `width` cells.
    ///
    /// Runs of spaces collapse to one, line breaks in the text are kept, words longer
    /// than a line are split between graphemes, and wide graphemes are never split.
    static func wrap(_ text: some StringProtocol, startOffset: Int, width: Int) -> [[Glyph]] {
        guard width > 0 else { return [] }
        var lines: [[Glyph]] = []
        var line: [Glyph] = []
        var lineWidth = 0
        var word: [Glyph] = []
        var pendingSpace: Glyph?

        /// Ends the current line.
        func breakLine() {
            lines.append(line)
            line = []
            lineWidth = 0
        }
        /// Puts the pending word on the line (after the pending space), on a new line when it does not fit.
        func placeWord() {
            guard !word.isEmpty else { return }
            let wordWidth = word.reduce(0) { $0 + $1.width }
            if let space = pendingSpace, !line.isEmpty {
                if lineWidth + space.width + wordWidth <= width {
                    line.append(space)
                    lineWidth += space.width
                } else {
                    breakLine()
                }
            }
            for glyph in word {
                if lineWidth + glyph.width > width, !line.isEmpty { breakLine() }
                if glyph.width <= width {
                    line.append(glyph)
                    lineWidth += glyph.width
                }
            }
            word = []
            pendingSpace = nil
        }

        var offset = startOffset
        for character in text {
            let scalarCount = character.unicodeScalars.count
            defer { offset += scalarCount }
            if character.isNewline {
                placeWord()
                breakLine()
            } else if character.isWhitespace {
                placeWord()
                if pendingSpace == nil { pendingSpace = Glyph(character: " ", width: 1, offset: offset) }
            } else if let ascii = character.asciiValue, ascii > 0x20, ascii < 0x7F {
                word.append(Glyph(character: character, width: 1, offset: offset))
            } else {
                for safe in TerminalSafety.sanitize(String(character)) {
                    let glyphWidth = DisplayWidth.of(safe)
                    if glyphWidth > 0 { word.append(Glyph(character: safe, width: glyphWidth, offset: offset)) }
                }
            }
        }
        placeWord()
        if !line.isEmpty || lines.isEmpty { lines.append(line) }
        return lines
    }
}
