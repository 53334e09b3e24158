/// Decodes UTF-16 text that began with a byte-order mark.
enum UTF16Decoding {
    /// The byte-order mark of little-endian UTF-16.
    static let littleEndianBOM: [UInt8] = [0xFF, 0xFE]
    /// The byte-order mark of big-endian UTF-16.
    static let bigEndianBOM: [UInt8] = [0xFE, 0xFF]

    /// Decodes the bytes after the BOM; unpaired surrogates and a stray last byte become U+FFFD.
    static func decode(_ bytes: ArraySlice<UInt8>, littleEndian: Bool, path: String) -> SourceText {
        let units = codeUnits(bytes, littleEndian: littleEndian)
        var text = String(decoding: units, as: UTF16.self)
        var faults = unpairedSurrogates(units)
        if bytes.count % 2 == 1 {
            text.unicodeScalars.append("\u{FFFD}")
            faults += 1
        }
        let notice = faults == 0 ? nil
            : "\(path): \(faults) invalid UTF-16 code unit\(faults == 1 ? "" : "s") shown as \u{FFFD}"
        return SourceText(path: path, text: text, encoding: littleEndian ? .utf16LittleEndian : .utf16BigEndian, notice: notice)
    }

    /// The bytes paired into code units; a stray last byte is left out.
    static func codeUnits(_ bytes: ArraySlice<UInt8>, littleEndian: Bool) -> [UInt16] {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = bytes.startIndex
        while index + 1 < bytes.endIndex {
            let first = UInt16(bytes[index]), second = UInt16(bytes[index + 1])
            units.append(littleEndian ? first | second << 8 : first << 8 | second)
            index += 2
        }
        return units
    }

    /// How many surrogate code units are not part of a high–low pair.
    private static func unpairedSurrogates(_ units: [UInt16]) -> Int {
        var count = 0
        var index = 0
        while index < units.count {
            let unit = units[index]
            if UTF16.isLeadSurrogate(unit), index + 1 < units.count, UTF16.isTrailSurrogate(units[index + 1]) {
                index += 2
                continue
            }
            if UTF16.isLeadSurrogate(unit) || UTF16.isTrailSurrogate(unit) { count += 1 }
            index += 1
        }
        return count
    }
}
