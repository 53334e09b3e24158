/// A 64-bit hash of a word folded to lower case, so lexicon look-ups need no strings.
typealias WordKey = UInt64

/// Folding and hashing of words into `WordKey`s.
enum WordHash {
    /// The FNV-1a offset basis.
    static let seed: UInt64 = 0xcbf2_9ce4_8422_2325
    /// The FNV-1a prime.
    static let prime: UInt64 = 0x100_0000_01b3

    /// Folds a scalar value: ASCII and Latin-1 capitals to lower case, curly apostrophes to `'`.
    @inline(__always)
    static func fold(_ value: UInt32) -> UInt32 {
        if value >= 65 && value <= 90 { return value + 32 }
        if value < 128 { return value }
        if value == 0x2019 || value == 0x2018 || value == 0x02BC { return 39 }
        if value >= 0xC0 && value <= 0xDE && value != 0xD7 { return value + 32 }
        return value
    }

    /// One FNV-1a step: a value already folded (or not to be folded) mixed into a running hash.
    @inline(__always)
    static func step(_ hash: UInt64, _ value: UInt32) -> UInt64 {
        (hash ^ UInt64(value)) &* prime
    }

    /// Mixes one folded scalar into a running hash.
    @inline(__always)
    static func mix(_ hash: UInt64, _ value: UInt32) -> UInt64 {
        step(hash, fold(value))
    }

    /// The key of the scalars in `start..<end`.
    static func key<Scalars: RandomAccessCollection<Unicode.Scalar>>(_ scalars: Scalars, _ start: Int, _ end: Int) -> WordKey where Scalars.Index == Int {
        var hash = seed
        for index in start..<end { hash = mix(hash, scalars[index].value) }
        return hash
    }

    /// The key of a word given as a string (hashed from its UTF-8).
    static func key(_ word: Substring) -> WordKey {
        var word = word
        return word.withUTF8 { key(utf8: $0) }
    }

    /// The key of a word given as valid UTF-8, decoded here to its scalars (the scalars of its `unicodeScalars`,
    /// without that view's per-scalar index work).
    static func key(utf8 bytes: UnsafeBufferPointer<UInt8>) -> WordKey {
        var hash = seed
        var index = 0
        while index < bytes.count {
            var value = UInt32(bytes[index])
            var width = 1
            if value >= 0xF0 {
                (value, width) = (value & 0x07, 4)
            } else if value >= 0xE0 {
                (value, width) = (value & 0x0F, 3)
            } else if value >= 0xC0 {
                (value, width) = (value & 0x1F, 2)
            }
            for next in 1..<width { value = value << 6 | UInt32(bytes[index + next]) & 0x3F }
            hash = mix(hash, value)
            index += width
        }
        return hash
    }
}
