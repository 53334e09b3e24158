/// One grapheme placed in wrapped text, with where it came from in the article.
struct Glyph: Hashable, Sendable {
    /// The grapheme, already made terminal-safe.
    var character: Character
    /// The cells it takes.
    var width: Int
    /// The scalar offset in the article of the first scalar it came from.
    var offset: Int
}
