/// The Windows-1252 code page: Latin-1 with printable characters in most of 0x80–0x9F.
enum Windows1252 {
    /// The bytes as text, one Unicode scalar per byte.
    static func decode(_ bytes: ArraySlice<UInt8>) -> String {
        var utf8: [UInt8] = []
        utf8.reserveCapacity(bytes.count + bytes.count / 8)
        for byte in bytes {
            if byte < 0x80 {
                utf8.append(byte)
            } else {
                utf8.append(contentsOf: UTF8.encode(scalar(for: byte))!)
            }
        }
        return String(decoding: utf8, as: UTF8.self)
    }

    /// The character a byte stands for; the five bytes Windows-1252 leaves undefined keep
    /// their C1 code (as the WHATWG Encoding Standard does).
    static func scalar(for byte: UInt8) -> Unicode.Scalar {
        guard (0x80..<0xA0).contains(byte) else { return Unicode.Scalar(byte) }
        return Unicode.Scalar(c1Characters[Int(byte - 0x80)]) ?? Unicode.Scalar(byte)
    }

    /// Windows-1252's characters for bytes 0x80–0x9F.
    private static let c1Characters: [UInt32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
        0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
    ]
}
