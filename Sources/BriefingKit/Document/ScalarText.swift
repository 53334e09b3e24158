/// A text decoded for analysis: its scalars, where they fall in its UTF-8, and where its line breaks are.
struct DecodedText {
    /// The text's Unicode scalars.
    var scalars: [Unicode.Scalar]
    /// Where the scalars fall in the text's UTF-8.
    var offsets: ScalarOffsets
    /// The scalar offset of every `\n` and `\r`, in order.
    var lineBreaks: [Int]
    /// The scalar offset of every scalar that can be part of a quotation mark (`ScalarClass.isQuoteMark`), in order.
    var quoteMarks: [Int]
}

/// Decoding a String into an array of Unicode scalars, through its UTF-8.
enum ScalarText {
    /// The scalars of a string, where they fall in its UTF-8, its line breaks and quotation marks, decoded from its
    /// (always valid) UTF-8 without per-scalar index checks; runs of ASCII are widened eight bytes at a time.
    static func decode(_ text: String) -> DecodedText {
        var text = text
        return text.withUTF8 { bytes in
            let count = bytes.count
            var lineBreaks: [Int] = []
            var quoteMarks: [Int] = []
            // Room for one break and one mark in 16 bytes (news text has about one in 120 and one in 180), so they
            // are rarely copied as they grow; capacity never written to costs no memory.
            lineBreaks.reserveCapacity(count / 16 + 16)
            quoteMarks.reserveCapacity(count / 16 + 16)
            var scalars: [Unicode.Scalar] = []
            // One checkpoint per `stride` scalars and one at the end: written through the storage, not appended.
            let checkpoints = [Int](unsafeUninitializedCapacity: count / ScalarOffsets.stride + 2) { checkpoints, checkpointCount in
                scalars = [Unicode.Scalar](unsafeUninitializedCapacity: count) { scalars, initialized in
                    HugePages.advise(UnsafeMutableRawBufferPointer(scalars))
                    var index = 0
                    var out = 0
                    while index < count {
                        let phase = out & (ScalarOffsets.stride - 1)
                        if phase == 0 {
                            checkpoints.initializeElement(at: checkpointCount, to: index)
                            checkpointCount += 1
                        }
                        if phase <= ScalarOffsets.stride - 8, index + 8 <= count,
                           case let eight = UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self),
                           eight & 0x8080_8080_8080_8080 == 0 {
                            let wide = SIMD8<UInt32>(truncatingIfNeeded: unsafeBitCast(eight, to: SIMD8<UInt8>.self))
                            UnsafeMutableRawPointer(scalars.baseAddress! + out).storeBytes(of: wide, as: SIMD8<UInt32>.self)
                            if mayHoldBreakOrMark(eight) {
                                for step in 0..<8 {
                                    let byte = bytes[index + step]
                                    if byte == 0x0A || byte == 0x0D { lineBreaks.append(out + step) }
                                    if ScalarClass.isQuoteMark(UInt32(byte)) { quoteMarks.append(out + step) }
                                }
                            }
                            out += 8
                            index += 8
                            continue
                        }
                        let lead = UInt32(bytes[index])
                        if lead < 0x80 {
                            if lead == 0x0A || lead == 0x0D { lineBreaks.append(out) }
                            if ScalarClass.isQuoteMark(lead) { quoteMarks.append(out) }
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
                        let scalar = Unicode.Scalar(value) ?? "\u{FFFD}"
                        if ScalarClass.isQuoteMark(scalar.value) { quoteMarks.append(out) }
                        scalars.initializeElement(at: out, to: scalar)
                        out += 1
                        index += width
                    }
                    if out % ScalarOffsets.stride == 0 {
                        checkpoints.initializeElement(at: checkpointCount, to: count)
                        checkpointCount += 1
                    }
                    initialized = out
                }
            }
            return DecodedText(scalars: scalars, offsets: ScalarOffsets(scalarCount: scalars.count, utf8Count: count, checkpoints: checkpoints), lineBreaks: lineBreaks, quoteMarks: quoteMarks)
        }
    }

    /// Whether one of eight ASCII bytes may be a line break or part of a quotation mark, in one test: a byte in
    /// 0x08–0x0F (`\n`, `\r`), one of 0x22, 0x23, 0x26, 0x27 (`"`, `'`) or 0x60 (`` ` ``); each byte is tested exactly after.
    @inline(__always)
    private static func mayHoldBreakOrMark(_ eight: UInt64) -> Bool {
        let breaks = zeroByte((eight & 0xF8F8_F8F8_F8F8_F8F8) ^ 0x0808_0808_0808_0808)
        let marks = zeroByte((eight & 0xFAFA_FAFA_FAFA_FAFA) ^ 0x2222_2222_2222_2222) | zeroByte(eight ^ 0x6060_6060_6060_6060)
        return (breaks | marks) != 0
    }

    /// Non-zero exactly when one of the eight bytes of `word` is zero.
    @inline(__always)
    private static func zeroByte(_ word: UInt64) -> UInt64 {
        (word &- 0x0101_0101_0101_0101) & ~word & 0x8080_8080_8080_8080
    }
}
