#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Turns the bytes of an article file into text, detecting BOMs and falling back from bad UTF-8.
///
/// The decoded text keeps every character of the file (line endings included); only a
/// leading byte-order mark is dropped. See docs/input.md for how offsets map to bytes.
public enum ArticleTextDecoder {
    /// Decodes `bytes` read from `path`, or throws `DocumentError.binary` for binary data.
    public static func decode(_ bytes: [UInt8], path: String) throws -> SourceText {
        if BinaryDetector.looksBinary(bytes[...]) { throw DocumentError.binary(path: path) }
        if bytes.starts(with: UTF16Decoding.littleEndianBOM) {
            return UTF16Decoding.decode(bytes.dropFirst(2), littleEndian: true, path: path)
        }
        if bytes.starts(with: UTF16Decoding.bigEndianBOM) {
            return UTF16Decoding.decode(bytes.dropFirst(2), littleEndian: false, path: path)
        }
        if bytes.starts(with: utf8BOM) {
            return decodeUTF8(bytes.dropFirst(3), path: path, encoding: .utf8WithBOM, fallback: false)
        }
        return decodeUTF8(bytes[...], path: path, encoding: .utf8, fallback: true)
    }

    /// The UTF-8 byte-order mark.
    static let utf8BOM: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// Decodes UTF-8; invalid input is repaired with U+FFFD or, when `fallback` allows and
    /// the bytes do not look like damaged UTF-8, read as Windows-1252.
    static func decodeUTF8(_ bytes: ArraySlice<UInt8>, path: String, encoding: TextEncoding, fallback: Bool) -> SourceText {
        var text = String(decoding: bytes, as: UTF8.self)
        if sameBytes(&text, bytes) {
            return SourceText(path: path, text: text, encoding: encoding)
        }
        let survey = UTF8Survey(bytes)
        if fallback && !survey.looksLikeDamagedUTF8 {
            return SourceText(
                path: path, text: Windows1252.decode(bytes), encoding: .windows1252,
                notice: "\(path): not valid UTF-8; read as Windows-1252 (Latin-1)")
        }
        let notice = survey.isTruncatedOnly
            ? "\(path): ends in the middle of a UTF-8 character (cut short?); shown as \u{FFFD}"
            : "\(path): \(survey.errors) invalid UTF-8 sequence\(survey.errors == 1 ? "" : "s") shown as \u{FFFD}"
        return SourceText(path: path, text: text, encoding: encoding, notice: notice)
    }

    /// Whether the text's UTF-8 is exactly the bytes, i.e. decoding repaired nothing.
    private static func sameBytes(_ text: inout String, _ bytes: ArraySlice<UInt8>) -> Bool {
        text.withUTF8 { utf8 in
            bytes.withUnsafeBufferPointer { original in
                utf8.count == original.count && (utf8.isEmpty || memcmp(utf8.baseAddress!, original.baseAddress!, utf8.count) == 0)
            }
        }
    }
}
