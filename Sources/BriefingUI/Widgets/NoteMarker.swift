/// The mark drawn next to statements and speakers that have a note.
enum NoteMarker {
    /// The symbol: one cell wide.
    static let symbol = "✎"
}
