/// One screen cell: the text drawn in it and its style.
public struct Cell: Hashable, Sendable {
    /// The grapheme drawn here; "" for the right half of a wide character.
    public var text: String
    /// How the cell is drawn.
    public var style: CellStyle

    /// Creates a cell.
    public init(_ text: String = " ", style: CellStyle = .plain) {
        self.text = text
        self.style = style
    }

    /// A blank cell in the plain style.
    public static let blank = Cell()

    /// Whether this cell is the covered right half of a wide character.
    public var isContinuation: Bool { text.isEmpty }
}
