/// A text decoded for analysis: its scalars, where they fall in its UTF-8, and where its line breaks are.
struct DecodedText {
    /// The text's Unicode scalars.
    var scalars: [Unicode.Scalar]
    /// Where the scalars fall in the text's UTF-8.
    var offsets: ScalarOffsets
    /// The scalar offset of every `\n` and `\r`, in order.
    var lineBreaks: [Int]
}

/// Decoding a String into an array of Unicode scalars, through its UTF-8.
enum ScalarText {
    /// The scalars of a string, where they fall in its UTF-8 and its line breaks, decoded from its (always valid)
    /// UTF-8 without per-scalar index checks; runs of ASCII are widened eight bytes at a time.
    static func decode(_ text: String) -> DecodedText {
        var text = text
        return text.withUTF8 { bytes in
            let count = bytes.count
            var checkpoints: [Int] = []
            checkpoints.reserveCapacity(count / ScalarOffsets.stride + 2)
            var lineBreaks: [Int] = []
            let scalars = [Unicode.Scalar](unsafeUninitializedCapacity: count) { scalars, initialized in
                var index = 0
                var out = 0
                while index < count {
                    let phase = out % ScalarOffsets.stride
                    if phase == 0 { checkpoints.append(index) }
                    if phase <= ScalarOffsets.stride - 8, index + 8 <= count,
                       case let eight = UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self),
                       eight & 0x8080_8080_8080_8080 == 0 {
                        let wide = SIMD8<UInt32>(truncatingIfNeeded: unsafeBitCast(eight, to: SIMD8<UInt8>.self))
                        UnsafeMutableRawPointer(scalars.baseAddress! + out).storeBytes(of: wide, as: SIMD8<UInt32>.self)
                        if hasByte(eight, 0x0A) || hasByte(eight, 0x0D) {
                            for step in 0..<8 where bytes[index + step] == 0x0A || bytes[index + step] == 0x0D { lineBreaks.append(out + step) }
                        }
                        out += 8
                        index += 8
                        continue
                    }
                    let lead = UInt32(bytes[index])
                    if lead < 0x80 {
                        if lead == 0x0A || lead == 0x0D { lineBreaks.append(out) }
                        scalars.initializeElement(at: out, to: Unicode.Scalar(UInt8(lead)))
                        out += 1
                        index += 1
                        continue
                    }
                    var value: UInt32
                    var width: Int
                    if lead < 0xE0 {
                        value = lead & 0x1F; width = 2
                    } else if lead < 0xF0 {
                        value = lead & 0x0F; width = 3
                    } else {
                        value = lead & 0x07; width = 4
                    }
                    var next = 1
                    while next < width, index + next < count {
                        value = (value << 6) | (UInt32(bytes[index + next]) & 0x3F)
                        next += 1
                    }
                    scalars.initializeElement(at: out, to: Unicode.Scalar(value) ?? "\u{FFFD}")
                    out += 1
                    index += width
                }
                if out % ScalarOffsets.stride == 0 { checkpoints.append(count) }
                initialized = out
            }
            return DecodedText(scalars: scalars, offsets: ScalarOffsets(scalarCount: scalars.count, utf8Count: count, checkpoints: checkpoints), lineBreaks: lineBreaks)
        }
    }

    /// Whether one of eight ASCII bytes is `byte` (it may also answer true for a byte above a match, never false for one).
    @inline(__always)
    private static func hasByte(_ eight: UInt64, _ byte: UInt8) -> Bool {
        let matched = eight ^ (0x0101_0101_0101_0101 &* UInt64(byte))
        return (matched &- 0x0101_0101_0101_0101) & ~matched & 0x8080_8080_8080_8080 != 0
    }
}
