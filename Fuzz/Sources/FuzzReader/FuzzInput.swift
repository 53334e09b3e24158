import BriefingUI

/// Reads fuzz input bytes as sizes, keys and text; reading past the end yields zeros.
struct FuzzInput {
    private let bytes: [UInt8]
    private var position = 0

    /// Wraps the bytes, read from the start.
    init(_ bytes: [UInt8]) { self.bytes = bytes }

    /// Whether every byte has been read.
    var isEmpty: Bool { position >= bytes.count }

    /// The next byte, or 0 past the end.
    mutating func byte() -> UInt8 {
        defer { position += 1 }
        return position < bytes.count ? bytes[position] : 0
    }

    /// The next `count` bytes (fewer at the end).
    mutating func take(_ count: Int) -> [UInt8] {
        let start = min(position, bytes.count), end = min(position + count, bytes.count)
        position = end
        return Array(bytes[start..<end])
    }

    /// Everything not read yet.
    mutating func rest() -> [UInt8] { take(bytes.count) }

    /// A terminal dimension from 0 to `limit`, small sizes most likely.
    mutating func size(limit: Int) -> Int {
        let raw = Int(byte())
        return raw < 32 ? raw : raw % (limit + 1)
    }

    /// The next key: the byte picks a key, some keys read more bytes (a size, a character).
    mutating func key() -> Key {
        let pick = Int(byte())
        if pick < Self.plainKeys.count { return Self.plainKeys[pick] }
        switch pick - Self.plainKeys.count {
        case 0: return .resize(columns: size(limit: 120), rows: size(limit: 40))
        case 1: return .character(Character(Unicode.Scalar(byte() % 95 + 32)))
        case 2: return .character(Self.oddCharacters[Int(byte()) % Self.oddCharacters.count])
        case 3: return .control(Character(Unicode.Scalar(byte() % 26 + 97)))
        case 4: return .function(Int(byte() % 14))
        case 5: return .resize(columns: Int(Int8(bitPattern: byte())), rows: Int(Int8(bitPattern: byte())))
        default: return Self.plainKeys[pick % Self.plainKeys.count]
        }
    }

    /// Keys that need no further bytes: the reader's bindings and a few unbound ones.
    private static let plainKeys: [Key] = [
        .up, .down, .left, .right, .home, .end, .pageUp, .pageDown,
        .enter, .escape, .tab, .backTab, .backspace, .delete,
        .control("d"), .control("u"), .control("c"), .control("l"),
    ] + "jkgG bq?/nNftae][1234xhl".map { Key.character($0) }

    /// Characters that test the input line and the screen: controls, wide, combining, bidi.
    private static let oddCharacters: [Character] = [
        "\u{1B}", "\u{7}", "\u{0}", "\t", "\n", "\r\n", "\u{7F}", "\u{9B}", "\u{85}",
        "é", "e\u{301}", "\u{301}", "中", "👩‍👩‍👧", "🇬🇧", "\u{202E}", "\u{2066}", "\u{200B}", "\u{FEFF}", "ß", "İ", "Σ",
    ]
}
