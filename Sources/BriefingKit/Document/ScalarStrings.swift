/// Strings cut from an article's text by scalar range: short ones encoded from its scalars (no set-up), longer ones
/// copied from its UTF-8 (a fixed set-up, then nothing per scalar).
struct ScalarStrings {
    /// Ranges shorter than this many scalars are encoded from the scalars.
    static let encodeBelow = 48
    /// The text's scalars.
    let scalars: [Unicode.Scalar]
    /// The text.
    let text: String
    /// The text's UTF-8, lent for the analysis (`Extractor.analyse`), so a string is copied from it without a
    /// `withUTF8` of its own.
    let utf8: UnsafeBufferPointer<UInt8>
    /// Where the scalars fall in the text's UTF-8.
    let offsets: ScalarOffsets

    /// The text of scalars `start..<end`.
    func string(_ start: Int, _ end: Int) -> String {
        end - start < ScalarStrings.encodeBelow ? encoded(start, end) : offsets.string(text, utf8: utf8, start, end)
    }

    /// The text of scalars `start..<end` copied from the text's UTF-8, however short.
    func copied(_ start: Int, _ end: Int) -> String {
        offsets.string(text, utf8: utf8, start, end)
    }

    /// The text of scalars `start..<end` as a slice of the text, sharing its storage.
    func substring(_ start: Int, _ end: Int) -> Substring {
        offsets.substring(text, utf8: utf8, start, end)
    }

    /// The text of `scalars[start..<end]`, encoded straight into the string's storage.
    private func encoded(_ start: Int, _ end: Int) -> String {
        guard start < end else { return "" }
        return scalars.withUnsafeBufferPointer { encoded(start, end, $0) }
    }

    /// `encoded` on the scalars' storage, without index checks.
    private func encoded(_ start: Int, _ end: Int, _ scalars: UnsafeBufferPointer<Unicode.Scalar>) -> String {
        var capacity = 0
        for index in start..<end {
            let value = scalars[index].value
            capacity += value < 0x80 ? 1 : value < 0x800 ? 2 : value < 0x10000 ? 3 : 4
        }
        return String(unsafeUninitializedCapacity: capacity) { buffer in
            var out = 0
            for index in start..<end {
                let value = scalars[index].value
                if value < 0x80 {
                    buffer[out] = UInt8(value); out += 1
                } else if value < 0x800 {
                    buffer[out] = UInt8(0xC0 | (value >> 6))
                    buffer[out + 1] = UInt8(0x80 | (value & 0x3F)); out += 2
                } else if value < 0x10000 {
                    buffer[out] = UInt8(0xE0 | (value >> 12))
                    buffer[out + 1] = UInt8(0x80 | ((value >> 6) & 0x3F))
                    buffer[out + 2] = UInt8(0x80 | (value & 0x3F)); out += 3
                } else {
                    buffer[out] = UInt8(0xF0 | (value >> 18))
                    buffer[out + 1] = UInt8(0x80 | ((value >> 12) & 0x3F))
                    buffer[out + 2] = UInt8(0x80 | ((value >> 6) & 0x3F))
                    buffer[out + 3] = UInt8(0x80 | (value & 0x3F)); out += 4
                }
            }
            return out
        }
    }
}
