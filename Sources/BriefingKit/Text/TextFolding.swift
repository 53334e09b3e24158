import Foundation

/// Case- and accent-insensitive matching: text is folded to lowercase base letters.
public enum TextFolding {
    /// The text folded: lowercase, diacritics removed, curly quotes made straight.
    public static func fold(_ text: some StringProtocol) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar.isASCII { scalars.append(lowercasedASCII(scalar)) } else { scalars.append(contentsOf: fold(scalar)) }
        }
        return String(scalars)
    }

    /// An ASCII scalar in lowercase.
    public static func lowercasedASCII(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        (0x41...0x5A).contains(scalar.value) ? Unicode.Scalar(UInt8(scalar.value + 0x20)) : scalar
    }

    /// The folded form of one scalar: zero, one or more scalars.
    public static func fold(_ scalar: Unicode.Scalar) -> [Unicode.Scalar] {
        if scalar.isASCII { return [lowercasedASCII(scalar)] }
        if let special = specialFolds[scalar] { return Array(special.unicodeScalars) }
        let decomposed = String(Character(scalar)).decomposedStringWithCanonicalMapping
        var folded: [Unicode.Scalar] = []
        for part in decomposed.unicodeScalars {
            switch part.properties.generalCategory {
            case .nonspacingMark, .enclosingMark: continue
            default: folded.append(contentsOf: part.properties.lowercaseMapping.unicodeScalars)
            }
        }
        return folded
    }

    /// Letters and punctuation that canonical decomposition does not reduce to a plain form.
    private static let specialFolds: [Unicode.Scalar: String] = [
        "ß": "ss", "ẞ": "ss", "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "ø": "o", "Ø": "o",
        "ł": "l", "Ł": "l", "đ": "d", "Đ": "d", "ı": "i", "þ": "th", "Þ": "th",
        "\u{2018}": "'", "\u{2019}": "'", "\u{201A}": "'", "\u{201B}": "'",
        "\u{201C}": "\"", "\u{201D}": "\"", "\u{201E}": "\"", "\u{00AB}": "\"", "\u{00BB}": "\"",
        "\u{2013}": "-", "\u{2014}": "-", "\u{00A0}": " ",
    ]
}
