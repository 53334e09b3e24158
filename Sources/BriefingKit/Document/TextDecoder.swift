/// Turns the bytes of an article file into text, detecting BOMs and falling back from bad UTF-8.
public enum ArticleTextDecoder {
    /// Decodes `bytes` read from `path`, or throws `DocumentError.binary` for binary data.
    public static func decode(_ bytes: [UInt8], path: String) throws -> SourceText {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            let body = Array(bytes.dropFirst(3))
            if let text = strictUTF8(body) { return SourceText(path: path, text: text, encoding: .utf8WithBOM) }
            return try windows1252(body, path: path)
        }
        if bytes.starts(with: [0xFF, 0xFE]) {
            return SourceText(path: path, text: utf16(bytes.dropFirst(2), littleEndian: true), encoding: .utf16LittleEndian)
        }
        if bytes.starts(with: [0xFE, 0xFF]) {
            return SourceText(path: path, text: utf16(bytes.dropFirst(2), littleEndian: false), encoding: .utf16BigEndian)
        }
        if looksBinary(bytes) { throw DocumentError.binary(path: path) }
        if let text = strictUTF8(bytes) { return SourceText(path: path, text: text, encoding: .utf8) }
        return try windows1252(bytes, path: path)
    }

    /// Whether the bytes look like binary data: a NUL byte in the first 8 KB.
    static func looksBinary(_ bytes: [UInt8]) -> Bool {
        bytes.prefix(8192).contains(0)
    }

    /// The bytes as UTF-8, or nil when they are not valid UTF-8.
    static func strictUTF8(_ bytes: [UInt8]) -> String? {
        var scalars = String.UnicodeScalarView()
        var decoder = UTF8()
        var iterator = bytes.makeIterator()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): scalars.append(scalar)
            case .emptyInput: return String(scalars)
            case .error: return nil
            }
        }
    }

    /// UTF-16 code units decoded, unpaired surrogates replaced with U+FFFD.
    static func utf16(_ bytes: ArraySlice<UInt8>, littleEndian: Bool) -> String {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = bytes.startIndex
        while index + 1 < bytes.endIndex {
            let first = UInt16(bytes[index]), second = UInt16(bytes[index + 1])
            units.append(littleEndian ? first | second << 8 : first << 8 | second)
            index += 2
        }
        return String(decoding: units, as: UTF16.self)
    }

    /// The bytes read as Windows-1252 (Latin-1 with the C1 range mapped to punctuation).
    static func windows1252(_ bytes: [UInt8], path: String) throws -> SourceText {
        if looksBinary(bytes) { throw DocumentError.binary(path: path) }
        var scalars = String.UnicodeScalarView()
        scalars.reserveCapacity(bytes.count)
        for byte in bytes {
            if byte >= 0x80 && byte < 0xA0, let mapped = Unicode.Scalar(windows1252C1[Int(byte - 0x80)]) {
                scalars.append(mapped)
            } else {
                scalars.append(Unicode.Scalar(byte))
            }
        }
        return SourceText(
            path: path, text: String(scalars), encoding: .windows1252,
            notice: "\(path): not valid UTF-8; read as Windows-1252 (Latin-1)")
    }

    /// Windows-1252's characters for bytes 0x80–0x9F; undefined bytes keep their C1 code.
    private static let windows1252C1: [UInt32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
        0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
    ]
}
