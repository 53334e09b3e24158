/// Fast conversion between Strings and arrays of Unicode scalars, through UTF-8.
enum ScalarText {
    /// The scalars of a string, decoded from its (always valid) UTF-8 without per-scalar index checks.
    static func scalars(of text: String) -> [Unicode.Scalar] {
        var text = text
        return text.withUTF8 { bytes in
            [Unicode.Scalar](unsafeUninitializedCapacity: bytes.count) { scalars, initialized in
                var index = 0
                var out = 0
                let count = bytes.count
                while index < count {
                    let lead = UInt32(bytes[index])
                    if lead < 0x80 {
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
                initialized = out
            }
        }
    }

    /// The text of `scalars[start..<end]`, encoded straight into the string's storage.
    static func string(_ scalars: [Unicode.Scalar], _ start: Int, _ end: Int) -> String {
        guard start < end else { return "" }
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
