/// What a paragraph-level piece of an article is.
public enum BlockKind: String, Sendable, Codable, CaseIterable {
    /// Body text.
    case paragraph
    /// A title line or crosshead.
    case heading
    /// An image caption.
    case caption
    /// A promo or site furniture ("Click to subscribe…").
    case boilerplate
    /// Related-links teasers ("Read more:", "You May Also Like" and what follows).
    case related

    /// Whether statements may be extracted from blocks of this kind.
    public var carriesStatements: Bool {
        switch self {
        case .paragraph, .heading, .caption: return true
        case .boilerplate, .related: return false
        }
    }
}

/// A paragraph-level piece of an article with its kind and place in the text.
public struct Block: Hashable, Sendable {
    /// The block's position in the article, from 0.
    public var index: Int
    /// What the block is.
    public var kind: BlockKind
    /// The block's text, exactly the slice of the article at `range` (an extracted block's shares the article's
    /// storage).
    public var text: Substring
    /// Where the block lies in the article's decoded text.
    public var range: TextRange

    /// Creates a block whose text is a slice (an extracted block's is a slice of its article's text).
    public init(index: Int, kind: BlockKind, text: Substring, range: TextRange) {
        self.index = index
        self.kind = kind
        self.text = text
        self.range = range
    }

    /// Creates a block whose text is a whole string (held as a slice of it, not copied).
    public init(index: Int, kind: BlockKind, text: String, range: TextRange) {
        self.init(index: index, kind: kind, text: Substring(text), range: range)
    }
}
