/// Finds quotations: curly, straight, single, `''`/``` `` ```, guillemets and low marks; apostrophes are not quotes.
enum QuoteScanner {
    /// The families of quotation marks, each with its own closing rule.
    private enum Mark {
        case curlyDouble, straightDouble, curlySingle, straightSingle, twoSingle, guillemet, lowDouble
    }

    /// An open quotation being scanned.
    private struct Open {
        var mark: Mark
        var at: Int
        var contentStart: Int
        var block: Int
    }

    /// The quotations in the given blocks, in text order; `marks` holds the offset of every
    /// scalar of the text that can be part of a quotation mark (`ScalarClass.isQuoteMark`), in order.
    static func scan(_ scalars: [Unicode.Scalar], marks: [Int], blocks: [BlockPlace]) -> [QuoteSpan] {
        scalars.withUnsafeBufferPointer { scalars in marks.withUnsafeBufferPointer { scan(scalars, marks: $0, blocks: blocks) } }
    }

    /// `scan` on the scalars' and marks' storage, without index checks.
    private static func scan(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, marks: UnsafeBufferPointer<Int>, blocks: [BlockPlace]) -> [QuoteSpan] {
        var spans: [QuoteSpan] = []
        // Each quotation opens at a mark of its own, so there are never more than marks; capacity never written to
        // costs no memory, and the spans are not copied as they grow.
        spans.reserveCapacity(marks.count)
        var open: Open?
        var nextMark = 0
        for (position, block) in blocks.enumerated() {
            var index = block.range.start
            let end = block.range.end
            if let current = open {
                if let width = openingWidth(scalars, index, end, current.mark) {
                    index += width
                } else {
                    finishUnclosed(current, at: blocks[position - 1].range.end, block: blocks[position - 1].index, scalars, &spans)
                    open = nil
                }
            }
            while index < end {
                while nextMark < marks.count, marks[nextMark] < index { nextMark += 1 }
                if nextMark + ScalarPrefetch.distance < marks.count { ScalarPrefetch.ask(scalars, at: marks[nextMark + ScalarPrefetch.distance]) }
                index = nextMark < marks.count ? min(marks[nextMark], end) : end
                guard index < end else { break }
                let scalar = scalars[index]
                let previous: Unicode.Scalar? = index > block.range.start ? scalars[index - 1] : nil
                let next: Unicode.Scalar? = index + 1 < end ? scalars[index + 1] : nil
                let after: Unicode.Scalar? = index + 2 < end ? scalars[index + 2] : nil
                var step = 1
                if let current = open {
                    if closes(current.mark, scalar, previous, next, after) {
                        let width = current.mark == .twoSingle ? 2 : 1
                        spans.append(QuoteSpan(open: current.at, contentStart: current.contentStart, contentEnd: index, close: index + width, startBlock: current.block, endBlock: block.index,
                                               trimmedContent: trimmed(current.contentStart, index, scalars)))
                        open = nil
                        step = width
                    } else if reopens(current.mark, scalar, previous, next) {
                        finishUnclosed(current, at: index, block: block.index, scalars, &spans)
                        open = Open(mark: current.mark, at: index, contentStart: index + 1, block: block.index)
                    }
                } else if let mark = opens(scalar, previous, next, after) {
                    let width = mark == .twoSingle ? 2 : 1
                    open = Open(mark: mark, at: index, contentStart: index + width, block: block.index)
                    step = width
                }
                index += step
            }
            if let current = open {
                let continues = position + 1 < blocks.count && blocks[position + 1].index == block.index + 1
                    && openingWidth(scalars, blocks[position + 1].range.start, blocks[position + 1].range.end, current.mark) != nil
                    && !endsInsideParenthesis(current, block: block.range, scalars)
                if !continues {
                    finishUnclosed(current, at: end, block: block.index, scalars, &spans)
                    open = nil
                }
            }
        }
        return spans
    }

    /// Whether the block ends by closing a parenthesis opened before the quotation (`(Forbes tracks 500 ''family
    /// fortunes.')`): the quotation ended inside it, so the next block's opening mark starts a quotation of its own.
    private static func endsInsideParenthesis(_ current: Open, block: TextRange, _ scalars: UnsafeBufferPointer<Unicode.Scalar>) -> Bool {
        var last = block.end - 1
        while last > current.contentStart, ScalarClass.isSpace(scalars[last]) { last -= 1 }
        guard last > current.contentStart, scalars[last] == ")" else { return false }
        var index = current.at - 1
        while index >= block.start {
            if scalars[index] == ")" { return false }
            if scalars[index] == "(" { return true }
            index -= 1
        }
        return false
    }

    /// Records a quotation that ends without a closing mark (double marks only; single ones were apostrophes).
    private static func finishUnclosed(_ current: Open, at end: Int, block: Int, _ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ spans: inout [QuoteSpan]) {
        guard current.mark != .curlySingle && current.mark != .straightSingle else { return }
        var contentEnd = end
        while contentEnd > current.contentStart, ScalarClass.isSpace(scalars[contentEnd - 1]) { contentEnd -= 1 }
        guard contentEnd > current.contentStart else { return }
        spans.append(QuoteSpan(open: current.at, contentStart: current.contentStart, contentEnd: contentEnd, close: contentEnd, startBlock: current.block, endBlock: block,
                              trimmedContent: trimmed(current.contentStart, contentEnd, scalars)))
    }

    /// The range `start..<end` without surrounding white space, or nil when empty.
    private static func trimmed(_ start: Int, _ end: Int, _ scalars: UnsafeBufferPointer<Unicode.Scalar>) -> TextRange? {
        var start = start, end = end
        while start < end, ScalarClass.isSpace(scalars[start]) { start += 1 }
        while end > start, ScalarClass.isSpace(scalars[end - 1]) { end -= 1 }
        return start < end ? TextRange(start: start, end: end) : nil
    }

    /// The width of an opening mark of the same family at the start of a block, if there is one.
    private static func openingWidth(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ index: Int, _ end: Int, _ mark: Mark) -> Int? {
        guard index < end else { return nil }
        let scalar = scalars[index]
        switch mark {
        case .curlyDouble, .lowDouble: return scalar == "\u{201C}" || scalar == "\u{201E}" || scalar == "\"" ? 1 : nil
        case .straightDouble: return scalar == "\"" || scalar == "\u{201C}" ? 1 : nil
        case .twoSingle: return index + 1 < end && (scalar == "'" || scalar == "`") && scalars[index + 1] == scalar ? 2 : nil
        case .guillemet: return scalar == "\u{00AB}" ? 1 : nil
        case .curlySingle, .straightSingle: return scalar == "\u{2018}" || scalar == "'" ? 1 : nil
        }
    }

    /// The mark that opens a quotation at this scalar, if it does.
    private static func opens(_ scalar: Unicode.Scalar, _ previous: Unicode.Scalar?, _ next: Unicode.Scalar?, _ after: Unicode.Scalar?) -> Mark? {
        let boundaryBefore = previous.map { !ScalarClass.isAlphanumeric($0) } ?? true
        let contentAfter = next.map { !ScalarClass.isSpace($0) } ?? false
        switch scalar {
        case "\u{201C}": return contentAfter ? .curlyDouble : nil
        case "\u{201E}": return .lowDouble
        case "\u{00AB}": return .guillemet
        case "\"": return boundaryBefore && contentAfter ? .straightDouble : nil
        case "\u{2018}": return boundaryBefore && contentAfter ? .curlySingle : nil
        case "`": return next == "`" ? .twoSingle : nil
        case "'":
            if next == "'" { return boundaryBefore && (after.map { !ScalarClass.isSpace($0) } ?? false) ? .twoSingle : nil }
            return boundaryBefore && (next.map { ScalarClass.isAlphanumeric($0) } ?? false) ? .straightSingle : nil
        default: return nil
        }
    }

    /// Whether this scalar closes an open quotation of the given family; an opening curly mark with a word before it and
    /// a space after it is a closing one mistyped (`“It's unusual,“ said …`). Of three straight marks after a `''`
    /// quotation, the last two close it and the first ends a quotation inside it (`… the word 'old-school,''' said`).
    private static func closes(_ mark: Mark, _ scalar: Unicode.Scalar, _ previous: Unicode.Scalar?, _ next: Unicode.Scalar?, _ after: Unicode.Scalar?) -> Bool {
        let wordAfter = next.map { ScalarClass.isAlphanumeric($0) } ?? false
        switch mark {
        case .curlyDouble:
            if scalar == "\u{201C}" {
                return previous.map { !ScalarClass.isSpace($0) } ?? false && next.map { ScalarClass.isSpace($0) } ?? true
            }
            return scalar == "\u{201D}" || (scalar == "\"" && !wordAfter)
        case .lowDouble: return scalar == "\u{201C}" || scalar == "\u{201D}"
        case .guillemet: return scalar == "\u{00BB}"
        case .straightDouble:
            guard scalar == "\"" || scalar == "\u{201D}" else { return false }
            let spaceBefore = previous.map { ScalarClass.isSpace($0) } ?? true
            return !(spaceBefore && wordAfter)
        case .curlySingle: return scalar == "\u{2019}" && !wordAfter && previous.map { !ScalarClass.isSpace($0) } ?? false
        case .straightSingle: return scalar == "'" && next != "'" && !wordAfter && previous.map { !ScalarClass.isSpace($0) } ?? false
        case .twoSingle: return scalar == "'" && next == "'" && after != "'"
        }
    }

    /// Whether this scalar, inside an open quotation, opens a new one of the same family (the first was never closed).
    private static func reopens(_ mark: Mark, _ scalar: Unicode.Scalar, _ previous: Unicode.Scalar?, _ next: Unicode.Scalar?) -> Bool {
        let spaceBefore = previous.map { ScalarClass.isSpace($0) } ?? true
        let wordAfter = next.map { ScalarClass.isAlphanumeric($0) } ?? false
        switch mark {
        case .curlyDouble: return scalar == "\u{201C}" && spaceBefore
        case .straightDouble: return scalar == "\"" && spaceBefore && wordAfter
        default: return false
        }
    }
}
