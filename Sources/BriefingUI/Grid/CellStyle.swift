/// A colour from the terminal's basic palette.
public enum TerminalColor: Int, Hashable, Sendable, CaseIterable {
    /// The eight basic colours, numbered as curses numbers them.
    case black = 0, red, green, yellow, blue, magenta, cyan, white
}

/// How a cell is drawn: colours and attributes.
public struct CellStyle: Hashable, Sendable {
    /// The text colour, or the terminal's default when nil.
    public var foreground: TerminalColor?
    /// The background colour, or the terminal's default when nil.
    public var background: TerminalColor?
    /// Bold (or bright) text.
    public var bold: Bool
    /// Dimmed text.
    public var dim: Bool
    /// Foreground and background swapped.
    public var reverse: Bool
    /// Underlined text.
    public var underline: Bool
    /// Italic text, where the terminal has it.
    public var italic: Bool

    /// Creates a style; the default is plain text in the terminal's colours.
    public init(foreground: TerminalColor? = nil, background: TerminalColor? = nil, bold: Bool = false, dim: Bool = false, reverse: Bool = false, underline: Bool = false, italic: Bool = false) {
        self.foreground = foreground
        self.background = background
        self.bold = bold
        self.dim = dim
        self.reverse = reverse
        self.underline = underline
        self.italic = italic
    }

    /// Plain text in the terminal's colours.
    public static let plain = CellStyle()
}
