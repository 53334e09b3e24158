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

    /// Creates a block; its text a `Substring` or a `String` (held as a slice of the whole string, not copied).
    public init<Text: StringProtocol>(index: Int, kind: BlockKind, text: Text, range: TextRange) where Text.SubSequence == Substring {
        self.index = index
        self.kind = kind
        self.text = text[...]
        self.range = range
    }
}
