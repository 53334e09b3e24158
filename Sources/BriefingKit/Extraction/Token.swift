/// What a token is.
enum TokenKind: UInt8, Sendable {
    /// Letters or digits, with inner apostrophes, hyphens and initialism dots.
    case word
    /// A number.
    case number
    /// One punctuation scalar; `key` holds its value.
    case punctuation
    /// A possessive `'s` or a bare possessive apostrophe.
    case possessive
    /// A whole quotation standing in the frame text; `key` holds the quote's index.
    case quote
}

/// One token of the frame text of a block (the text outside its quotations).
struct Token: Sendable {
    /// The first scalar offset.
    var start: Int
    /// The scalar offset just past the token.
    var end: Int
    /// The folded word's key, the punctuation's scalar value, or the quote's index.
    var key: UInt64
    /// What the token is.
    var kind: TokenKind
    /// Whether the first letter is a capital.
    var isCapitalised: Bool
    /// Whether there are two or more letters, all capitals.
    var isAllCaps: Bool
    /// The lexicons holding the token's key.
    var lexicons = LexiconBits()

    /// Whether the token is this punctuation scalar.
    @inline(__always)
    func isPunctuation(_ scalar: Unicode.Scalar) -> Bool { kind == .punctuation && key == UInt64(scalar.value) }

    /// Whether the token is a dash (`-`, `–`, `—`).
    @inline(__always)
    var isDash: Bool { isPunctuation("-") || isPunctuation("\u{2013}") || isPunctuation("\u{2014}") }

    /// Whether the token's key is in the word list behind `lexicon`, as that list's `contains` answers (a key of 0 has
    /// every lexicon's bit but is in no list); a bit test instead of a look-up, for a lexicon whose bit no rule takes
    /// from a token (`EntityRegistry.markKnownSurnames` takes four).
    @inline(__always)
    func listed(in lexicon: TokenLexicon) -> Bool { key != 0 && lexicons.contains(lexicon) }

    /// Whether the token is a word starting with a lower-case letter.
    var isLowercaseWord: Bool { kind == .word && !isCapitalised }

    /// Whether the token, after a cue, opens what was said: a lower-case `that` or subject pronoun (`said it was …`).
    var opensClause: Bool { isLowercaseWord && (key == Analysis.that || lexicons.contains(.pronoun)) }
}
