/// Gives each block a kind from its structure and wording: heading, caption, boilerplate, related or paragraph.
enum BlockClassifier {
    /// The blocks with their kinds, the title when the first block is a title heading, and the indices of the blocks
    /// that open a later article of the file (see `ArticleBoundary`).
    static func classify(_ raw: [RawBlock], strings: ScalarStrings) -> (blocks: [Block], title: String?, articleStarts: [Int]) {
        let (kinds, articleStarts) = strings.scalars.withUnsafeBufferPointer { blockKinds(raw, $0) }
        var blocks: [Block] = []
        blocks.reserveCapacity(raw.count)
        for (index, block) in raw.enumerated() {
            blocks.append(Block(index: index, kind: kinds[index], text: strings.substring(block.range.start, block.range.end), range: block.range))
        }
        let title = blocks.first.flatMap { $0.kind == .heading ? String($0.text) : nil }
        return (blocks, title, articleStarts)
    }

    /// The kind of each block, and the blocks that open a later article, read from the scalars' storage without index
    /// checks.
    private static func blockKinds(_ raw: [RawBlock], _ scalars: UnsafeBufferPointer<Unicode.Scalar>) -> (kinds: [BlockKind], articleStarts: [Int]) {
        // One buffer for every folding of the article (a lower-case mapping is at most three scalars).
        withUnsafeTemporaryAllocation(of: Unicode.Scalar.self, capacity: 360) { foldBuffer in
            var kinds = [BlockKind](repeating: .paragraph, count: raw.count)
            var inRelatedTail = false
            var inRelatedGroup = false
            var captionNext = false
            var articleStart = 0
            var articleStarts: [Int] = []
            var proseSeen = false
            let promoFirstWords = BlockClassifier.promoFirstWords
            let markerKeys = BlockClassifier.markerKeys
            for (index, block) in raw.enumerated() {
                if index + ScalarPrefetch.distance < raw.count { ScalarPrefetch.ask(scalars, at: raw[index + ScalarPrefetch.distance].range.start) }
                if block.startsGroup { inRelatedGroup = false }
                if isSeparator(scalars, block.range) {
                    kinds[index] = .boilerplate
                    (inRelatedTail, inRelatedGroup, captionNext, proseSeen) = (false, false, false, false)
                    articleStart = index + 1
                    if articleStart < raw.count { articleStarts.append(articleStart) }
                    continue
                }
                if inRelatedTail, startsArticle(raw, at: index, scalars) {
                    (inRelatedTail, proseSeen) = (false, false)
                    articleStart = index
                    articleStarts.append(articleStart)
                }
                if inRelatedTail || inRelatedGroup {
                    kinds[index] = .related
                    continue
                }
                if captionNext {
                    captionNext = false
                    kinds[index] = .caption
                    continue
                }
                let folded = block.range.length <= 40 ? markerFold(scalars, block.range, markerKeys, foldBuffer) : nil
                let prefix = colonPrefix(scalars, block.range, markerKeys, foldBuffer)
                if let folded, BlockLexicon.relatedTailMarkers.contains(folded), proseSeen {
                    kinds[index] = .related
                    inRelatedTail = true
                } else if folded.map({ BlockLexicon.relatedGroupMarkers.contains($0) }) == true || prefix.map({ BlockLexicon.relatedGroupMarkers.contains($0) }) == true {
                    kinds[index] = .related
                    inRelatedGroup = true
                } else if let folded, BlockLexicon.captionLabels.contains(folded) {
                    kinds[index] = .caption
                    captionNext = index + 1 < raw.count && !raw[index + 1].startsGroup
                    if index > 0, !block.startsGroup, kinds[index - 1] != .related, isShortLine(scalars, raw[index - 1].range, words: 14) {
                        kinds[index - 1] = .caption
                    }
                } else if let prefix, BlockLexicon.captionLabels.contains(prefix), block.range.length < 300 {
                    kinds[index] = .caption
                } else if folded.map({ BlockLexicon.furniture.contains($0) }) == true || (startsWithPromoWord(scalars, block.range, promoFirstWords) && isPromo(fold(scalars, block.range, foldBuffer))) {
                    kinds[index] = .boilerplate
                } else if block.markdownLevel > 0 {
                    kinds[index] = .heading
                } else if index == articleStart, raw.count > index + 1, isTitle(scalars, block.range) {
                    kinds[index] = .heading
                } else if index > articleStart, isCrosshead(scalars, block.range) {
                    kinds[index] = .heading
                } else if !proseSeen {
                    proseSeen = isProse(scalars, block.range, words: 8)
                }
            }
            return (kinds, articleStarts)
        }
    }

    /// The first 120 scalars in lower case, trailing colons, dashes and spaces dropped, inner spaces collapsed.
    private static func fold(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ range: TextRange, _ buffer: UnsafeMutableBufferPointer<Unicode.Scalar>) -> String {
        folding(scalars, range, into: buffer) { string($0) }
    }

    /// `fold` of a range when it may be a marker phrase (a related-content marker, a caption label or furniture),
    /// else nil: a folding that is all ASCII and whose hash is no phrase's hash is none of them, and most ranges are
    /// turned away so, without a string or a set look-up.
    private static func markerFold(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ range: TextRange, _ markerKeys: KeyTable,
                                   _ buffer: UnsafeMutableBufferPointer<Unicode.Scalar>) -> String? {
        folding(scalars, range, into: buffer) { folded in
            var key = WordHash.seed
            var ascii = true
            for scalar in folded {
                key = WordHash.step(key, scalar.value)
                if scalar.value >= 128 { ascii = false }
            }
            return !ascii || markerKeys.value(key) != nil ? string(folded) : nil
        }
    }

    /// The hashes of the marker phrases' scalars, as `markerFold` hashes a folding.
    private static let markerKeys: KeyTable = {
        let phrases = [BlockLexicon.relatedTailMarkers, BlockLexicon.relatedGroupMarkers, BlockLexicon.captionLabels, BlockLexicon.furniture]
        var table = KeyTable(capacity: phrases.reduce(0) { $0 + $1.count })
        for phrase in phrases.joined() {
            table.insert(phrase.unicodeScalars.reduce(WordHash.seed) { WordHash.step($0, $1.value) }, 1)
        }
        return table
    }()

    /// Folds the first 120 scalars of a range as `fold` does into `out` (room for 360: a lower-case mapping is at most
    /// three scalars), and hands the folded scalars to `body`.
    private static func folding<Result>(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ range: TextRange, into out: UnsafeMutableBufferPointer<Unicode.Scalar>,
                                        _ body: (UnsafeBufferPointer<Unicode.Scalar>) -> Result) -> Result {
        var count = 0
        var lastSpace = true
        for index in range.start..<min(range.end, range.start + 120) {
            let scalar = scalars[index]
            if BlockSplitter.isSpace(scalar) || scalar == "\n" || scalar == "\r" {
                if !lastSpace { out[count] = " "; count += 1 }
                lastSpace = true
            } else if scalar.value >= 65 && scalar.value <= 90 {
                out[count] = Unicode.Scalar(scalar.value + 32) ?? scalar
                count += 1
                lastSpace = false
            } else if scalar.value < 128 {
                out[count] = scalar
                count += 1
                lastSpace = false
            } else {
                for lower in scalar.properties.lowercaseMapping.unicodeScalars { out[count] = lower; count += 1 }
                lastSpace = false
            }
        }
        while count > 0, case let last = out[count - 1],
              last == " " || last == ":" || last == "-" || last == "–" || last == "—" || last == "." || last == "|" || last == "»" || last == ">" {
            count -= 1
        }
        return body(UnsafeBufferPointer(rebasing: out[..<count]))
    }

    /// A string of scalars, encoded to UTF-8 straight into the string's storage.
    private static func string(_ scalars: UnsafeBufferPointer<Unicode.Scalar>) -> String {
        var capacity = 0
        for scalar in scalars { capacity += UTF8.width(scalar) }
        return String(unsafeUninitializedCapacity: capacity) { buffer in
            var out = 0
            for scalar in scalars {
                UTF8.encode(scalar) { byte in
                    buffer[out] = byte
                    out += 1
                }
            }
            return out
        }
    }

    /// Whether the block's first word can open a promo ("Click", "Please", "Subscribe"); the word is hashed as it is read.
    private static func startsWithPromoWord(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ range: TextRange, _ promoFirstWords: KeyTable) -> Bool {
        var end = range.start
        var key = WordHash.seed
        while end < range.end, end - range.start < 24, ScalarClass.isLetter(scalars[end]) || scalars[end] == "'" {
            key = WordHash.mix(key, scalars[end].value)
            end += 1
        }
        return promoFirstWords.value(key) != nil
    }

    /// The first words of the promo openers.
    private static let promoFirstWords: KeyTable = {
        var table = KeyTable(capacity: BlockLexicon.promoOpeners.count)
        for opener in BlockLexicon.promoOpeners { table.insert(WordHash.key(opener.split(separator: " ").first ?? ""), 1) }
        return table
    }()

    /// The folded text before a colon in the first 24 scalars ("read more" in "Read more: …"), if there is one and it
    /// may be a marker phrase (`markerFold`).
    private static func colonPrefix(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ range: TextRange, _ markerKeys: KeyTable,
                                    _ buffer: UnsafeMutableBufferPointer<Unicode.Scalar>) -> String? {
        for index in range.start..<min(range.end, range.start + 24) where scalars[index] == ":" {
            return markerFold(scalars, TextRange(start: range.start, end: index), markerKeys, buffer)
        }
        return nil
    }

    /// Whether a block reads as a promo: a promo verb first and a promo noun, or furniture alone.
    private static func isPromo(_ folded: String) -> Bool {
        let words = folded.split(separator: " ")
        guard words.count <= 40, let first = words.first else { return false }
        let opener = BlockLexicon.promoOpeners.contains(String(first))
            || (words.count > 1 && BlockLexicon.promoOpeners.contains(first + " " + words[1]))
            || (words.count > 2 && BlockLexicon.promoOpeners.contains(first + " " + words[1] + " " + words[2]))
        guard opener else { return false }
        for (index, word) in words.enumerated() {
            let bare = String(word.filter { $0.isLetter || $0 == "-" })
            if BlockLexicon.promoNouns.contains(bare) { return true }
            if index + 1 < words.count, BlockLexicon.promoNouns.contains(bare + " " + words[index + 1].filter { $0.isLetter }) { return true }
        }
        return false
    }

    /// Whether a block is one short line of at most `words` words.
    private static func isShortLine(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ range: TextRange, words: Int) -> Bool {
        guard range.length <= 100 else { return false }
        return wordCount(scalars, range) <= words
    }

    /// The number of space-separated words in a range.
    static func wordCount(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ range: TextRange) -> Int {
        var count = 0
        var inWord = false
        for index in range.start..<range.end {
            let space = BlockSplitter.isSpace(scalars[index]) || scalars[index] == "\n"
            if !space && !inWord { count += 1 }
            inWord = !space
        }
        return count
    }

    /// Whether the first block reads as a title: one line, short, no closing full stop or mostly capitalised words.
    static func isTitle(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ range: TextRange) -> Bool {
        guard range.length <= 200, !containsLineBreak(scalars, range) else { return false }
        let last = scalars[range.end - 1]
        if last != "." && last != "," && last != ";" && range.length <= 150 { return true }
        return capitalisedShare(scalars, range) >= 0.6
    }

    /// Whether a later block is a crosshead: one short line without a closing full stop, or all in capitals.
    private static func isCrosshead(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ range: TextRange) -> Bool {
        guard range.length <= 90, !containsLineBreak(scalars, range) else { return false }
        guard wordCount(scalars, range) <= 12 else { return false }
        var end = range.end
        while end > range.start + 1, "”’\"'»".unicodeScalars.contains(scalars[end - 1]) { end -= 1 }
        let last = scalars[end - 1]
        let quoted = end < range.end
        if last == "." || last == "," || last == ";" || last == ":" || last == "…" || (quoted && (last == "?" || last == "!")) {
            return !scalars[range.start..<range.end].contains { $0.properties.isLowercase }
        }
        return true
    }

    /// Whether a line break lies inside the range.
    static func containsLineBreak(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ range: TextRange) -> Bool {
        for index in range.start..<range.end where scalars[index] == "\n" || scalars[index] == "\r" { return true }
        return false
    }

    /// The share of words of four or more letters that start with a capital.
    private static func capitalisedShare(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ range: TextRange) -> Double {
        var long = 0, capitalised = 0
        var index = range.start
        while index < range.end {
            while index < range.end, !scalars[index].properties.isAlphabetic { index += 1 }
            let start = index
            while index < range.end, scalars[index].properties.isAlphabetic { index += 1 }
            if index - start >= 4 {
                long += 1
                if scalars[start].properties.isUppercase { capitalised += 1 }
            }
        }
        return long == 0 ? 0 : Double(capitalised) / Double(long)
    }
}
