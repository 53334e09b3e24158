import BriefingKit

/// How a line of the article view is drawn.
enum ArticleLineKind: Hashable, Sendable {
    /// Body text.
    case body
    /// A heading or crosshead.
    case heading
    /// A caption, promo or related link: indented behind a marker and dimmed.
    case setApart
    /// A notice about the file (how it was decoded).
    case notice
    /// The gap between blocks.
    case blank
}

/// One line of the wrapped article.
struct ArticleLine: Hashable, Sendable {
    /// How the line is drawn.
    var kind: ArticleLineKind
    /// The text drawn before the glyphs (the set-apart marker), in display cells.
    var prefix: String
    /// The graphemes, each with its place in the article.
    var glyphs: [Glyph]
}

/// The article wrapped to a width: blocks as lines, a blank line between blocks.
struct ArticleLayout: Sendable {
    /// The marker set-apart blocks are indented with.
    static let setApartMarker = "  ┊ "
    /// The lines, top to bottom.
    let lines: [ArticleLine]
    /// For each line, the offset just past its last glyph (the previous line's for an empty line): never decreasing.
    private let lineEnds: [Int]

    /// Wraps an article's blocks to `width` cells.
    init(article: Article, width: Int) {
        var lines: [ArticleLine] = []
        guard width > 0 else {
            self.lines = []
            self.lineEnds = []
            return
        }
        if let notice = article.decodingNotice {
            for glyphs in TextWrapper.wrap("⚠ " + notice, startOffset: -1, width: width) {
                lines.append(ArticleLine(kind: .notice, prefix: "", glyphs: glyphs))
            }
        }
        for block in article.blocks {
            let kind = Self.lineKind(of: block.kind)
            let prefix = kind == .setApart && width > 2 * DisplayWidth.of(Self.setApartMarker) ? Self.setApartMarker : ""
            let wrapped = TextWrapper.wrap(block.text, startOffset: block.range.start, width: width - DisplayWidth.of(prefix))
            guard wrapped.contains(where: { !$0.isEmpty }) else { continue }
            if !lines.isEmpty { lines.append(ArticleLine(kind: .blank, prefix: "", glyphs: [])) }
            lines += wrapped.map { ArticleLine(kind: kind, prefix: prefix, glyphs: $0) }
        }
        self.lines = lines
        var end = 0
        self.lineEnds = lines.map { line in
            if let last = line.glyphs.last { end = max(end, last.offset + 1) }
            return end
        }
    }

    /// The first and last line showing any part of a range of the article, or nil when none does.
    func lines(covering range: TextRange) -> ClosedRange<Int>? {
        guard let first = line(atOffset: range.start),
              lines[first].glyphs.contains(where: { range.contains($0.offset) }) else { return nil }
        var low = first + 1
        var high = lines.count
        while low < high {
            let middle = (low + high) / 2
            if start(ofLine: middle) < range.end { low = middle + 1 } else { high = middle }
        }
        var last = low - 1
        while last > first, lines[last].glyphs.isEmpty { last -= 1 }
        return first...last
    }

    /// The offset of a line's first glyph, or for an empty line where the line before ended: never decreasing.
    private func start(ofLine index: Int) -> Int {
        lines[index].glyphs.first?.offset ?? (index > 0 ? lineEnds[index - 1] : 0)
    }

    /// The article offset of the first grapheme at or below a line, or nil past the end.
    func firstOffset(fromLine line: Int) -> Int? {
        lines.dropFirst(max(0, line)).lazy.compactMap { $0.glyphs.first(where: { $0.offset >= 0 })?.offset }.first
    }

    /// The line holding the grapheme at `offset`, or the first line after it.
    func line(atOffset offset: Int) -> Int? {
        var low = 0
        var high = lines.count
        while low < high {
            let middle = (low + high) / 2
            if lineEnds[middle] > offset { high = middle } else { low = middle + 1 }
        }
        return low < lines.count ? low : nil
    }

    /// The largest sensible scroll offset for a view `height` lines high.
    func maxScroll(height: Int) -> Int { max(0, lines.count - max(0, height)) }

    /// The line kind a block is drawn with.
    private static func lineKind(of kind: BlockKind) -> ArticleLineKind {
        switch kind {
        case .paragraph: return .body
        case .heading: return .heading
        case .caption, .boilerplate, .related: return .setApart
        }
    }
}
