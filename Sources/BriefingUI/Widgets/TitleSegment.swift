/// A piece of a pane title with its own style.
struct TitleSegment: Sendable {
    /// The text shown.
    var text: String
    /// How it is drawn.
    var style: CellStyle
}
