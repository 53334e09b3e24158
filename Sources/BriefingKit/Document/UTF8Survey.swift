/// Counts of well-formed multi-byte sequences and errors in bytes that are not valid UTF-8.
struct UTF8Survey {
    /// Well-formed sequences of two to four bytes.
    private(set) var multiByte = 0
    /// Ill-formed sequences (each maximal ill-formed subpart counts once).
    private(set) var errors = 0
    /// Whether the last error is a sequence cut off by the end of the bytes.
    private(set) var lastErrorIsTruncation = false

    /// Surveys the bytes once, in linear time.
    init(_ bytes: ArraySlice<UInt8>) {
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let lead = bytes[index]
            guard lead >= 0x80 else { index += 1; continue }
            guard let (length, secondRange) = Self.sequence(startingWith: lead) else {
                errors += 1
                lastErrorIsTruncation = false
                index += 1
                continue
            }
            var taken = 1
            while taken < length, index + taken < bytes.endIndex {
                let allowed = taken == 1 ? secondRange : 0x80...0xBF
                guard allowed.contains(bytes[index + taken]) else { break }
                taken += 1
            }
            if taken == length {
                multiByte += 1
            } else {
                errors += 1
                lastErrorIsTruncation = index + taken == bytes.endIndex
            }
            index += taken
        }
    }

    /// Whether the only fault is one sequence cut off at the end (a truncated file).
    var isTruncatedOnly: Bool { errors == 1 && lastErrorIsTruncation }

    /// Whether the bytes read best as UTF-8 with a few faults rather than as a legacy encoding.
    var looksLikeDamagedUTF8: Bool { isTruncatedOnly || multiByte > errors }

    /// The length of the sequence a lead byte starts and the range its second byte must lie in
    /// (Unicode Table 3-7), or nil when the byte cannot start a sequence.
    private static func sequence(startingWith lead: UInt8) -> (Int, ClosedRange<UInt8>)? {
        switch lead {
        case 0xC2...0xDF: return (2, 0x80...0xBF)
        case 0xE0: return (3, 0xA0...0xBF)
        case 0xE1...0xEC, 0xEE...0xEF: return (3, 0x80...0xBF)
        case 0xED: return (3, 0x80...0x9F)
        case 0xF0: return (4, 0x90...0xBF)
        case 0xF1...0xF3: return (4, 0x80...0xBF)
        case 0xF4: return (4, 0x80...0x8F)
        default: return nil
        }
    }
}
