import Foundation

/// A speaker name reduced for matching across articles: folded case and diacritics, honorifics dropped.
struct NameKey: Hashable {
    /// The name's words, folded ("tony", "blair").
    let tokens: [String]
    /// Whether the name is a short form that may stand for a fuller one: one word, or an honorific and a surname.
    let isShortForm: Bool
    /// The key as one string ("tony blair").
    let text: String

    /// Titles that precede a person's name and say nothing about which person it is.
    static let honorifics: Set<String> = [
        "mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame", "lord", "lady", "baroness", "baron",
        "prof", "professor", "rev", "reverend", "rt", "hon", "president", "senator", "sen",
        "governor", "gov", "judge", "justice", "gen", "general", "col", "colonel", "capt", "captain",
    ]

    /// The key of a name; honorifics are dropped only for people, and never all of the name.
    init(name: String, isPerson: Bool) {
        let words = NameKey.fold(name).split(separator: " ").map(String.init)
        var start = 0
        if isPerson {
            while start < words.count - 1, NameKey.honorifics.contains(words[start]) { start += 1 }
        }
        tokens = Array(words[start...])
        isShortForm = isPerson && (tokens.count == 1 || start > 0)
        text = tokens.joined(separator: " ")
    }

    /// A name folded for comparison: lower case, no diacritics, apostrophes and dots dropped, other punctuation as spaces.
    static func fold(_ name: String) -> String {
        if name.utf8.allSatisfy({ $0 < 0x80 }) { return foldASCII(name) }
        let plain = name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).lowercased()
        var folded = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in plain.unicodeScalars {
            if scalar == "'" || scalar == "’" || scalar == "." { continue }
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                if pendingSpace, !folded.isEmpty { folded.append(" ") }
                pendingSpace = false
                folded.append(scalar)
            } else {
                pendingSpace = true
            }
        }
        return String(folded)
    }

    /// `fold` for ASCII text, byte by byte.
    private static func foldASCII(_ name: String) -> String {
        var folded: [UInt8] = []
        folded.reserveCapacity(name.utf8.count)
        var pendingSpace = false
        for byte in name.utf8 {
            switch byte {
            case UInt8(ascii: "'"), UInt8(ascii: "."):
                continue
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "A")...UInt8(ascii: "Z"):
                if pendingSpace, !folded.isEmpty { folded.append(UInt8(ascii: " ")) }
                pendingSpace = false
                folded.append(byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte)
            default:
                pendingSpace = true
            }
        }
        return String(decoding: folded, as: UTF8.self)
    }
}
