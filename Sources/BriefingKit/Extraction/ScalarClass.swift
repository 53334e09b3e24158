/// Fast character classes on Unicode scalars, with ASCII fast paths.
enum ScalarClass {
    /// Whether the scalar is a letter.
    @inline(__always)
    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 128 { return (value | 32) >= 97 && (value | 32) <= 122 }
        if value == 0x2019 || value == 0x2018 || value == 0x201C || value == 0x201D { return false }
        return isAlphabetic(scalar)
    }

    /// Whether the scalar is a digit 0–9.
    @inline(__always)
    static func isDigit(_ scalar: Unicode.Scalar) -> Bool { scalar.value >= 48 && scalar.value <= 57 }

    /// Whether the scalar is a letter or a digit.
    @inline(__always)
    static func isAlphanumeric(_ scalar: Unicode.Scalar) -> Bool { isDigit(scalar) || isLetter(scalar) }

    /// Whether the scalar is an upper-case letter.
    @inline(__always)
    static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 128 { return value >= 65 && value <= 90 }
        return isUppercaseBeyondASCII(scalar)
    }

    /// Whether the scalar is white space of any kind, line breaks included.
    @inline(__always)
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value == 32 || value == 10 || value == 13 || value == 9 { return true }
        if value < 128 { return value < 32 }
        return isSpaceBeyondASCII(scalar)
    }

    /// Whether the scalar is an apostrophe, straight or curly.
    @inline(__always)
    static func isApostrophe(_ scalar: Unicode.Scalar) -> Bool { scalar == "'" || scalar == "\u{2019}" }

    /// Whether the scalar with this value can be part of a quotation mark.
    @inline(__always)
    static func isQuoteMark(_ value: UInt32) -> Bool {
        if value < 0x80 { return value == 0x22 || value == 0x27 || value == 0x60 }
        switch value {
        case 0xAB, 0xBB, 0x2018, 0x2019, 0x201C, 0x201D, 0x201E: return true
        default: return false
        }
    }

    // The Unicode property look-ups, out of line: inlined, `Unicode.Scalar.Properties` (a resilient type) makes every
    // function using a class above fetch its metadata and reserve stack space for it on entry, even for ASCII text.

    /// Whether a scalar beyond ASCII is alphabetic.
    @inline(never)
    private static func isAlphabetic(_ scalar: Unicode.Scalar) -> Bool { scalar.properties.isAlphabetic }

    /// Whether a scalar beyond ASCII is an upper-case letter.
    @inline(never)
    private static func isUppercaseBeyondASCII(_ scalar: Unicode.Scalar) -> Bool { scalar.properties.isUppercase }

    /// Whether a scalar beyond ASCII is white space.
    @inline(never)
    private static func isSpaceBeyondASCII(_ scalar: Unicode.Scalar) -> Bool {
        BlockSplitter.isSpace(scalar) || scalar.properties.isWhitespace
    }
}
