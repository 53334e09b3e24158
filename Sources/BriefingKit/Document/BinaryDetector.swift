#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Tells binary data (images, archives, executables, PDFs) from text.
enum BinaryDetector {
    /// How many leading code units the control-character ratio is measured over.
    static let sampleLength = 65_536

    /// Whether the bytes are binary: a known file signature, a NUL anywhere, or more than
    /// one in ten of the first 64 K code units a control character text does not use.
    /// UTF-16 with a BOM is judged by its code units, so its zero bytes are not NULs.
    static func looksBinary(_ bytes: ArraySlice<UInt8>) -> Bool {
        if signatures.contains(where: { bytes.starts(with: $0) }) { return true }
        let littleEndian = bytes.starts(with: UTF16Decoding.littleEndianBOM)
        if littleEndian || bytes.starts(with: UTF16Decoding.bigEndianBOM) {
            let units = UTF16Decoding.codeUnits(bytes.dropFirst(2), littleEndian: littleEndian)
            return units.contains(0) || tooManyControls(units.prefix(sampleLength).map(UInt32.init))
        }
        let hasNUL = bytes.withUnsafeBufferPointer { $0.count > 0 && memchr($0.baseAddress!, 0, $0.count) != nil }
        return hasNUL || tooManyControls(bytes.prefix(sampleLength).map(UInt32.init))
    }

    /// Whether more than one in ten code units is a C0 control other than tab, line feed,
    /// vertical tab, form feed, carriage return and escape.
    private static func tooManyControls(_ units: [UInt32]) -> Bool {
        let controls = units.count { $0 < 0x09 || ($0 > 0x0D && $0 < 0x20 && $0 != 0x1B) }
        return controls * 10 > units.count
    }

    /// Leading bytes of common binary formats.
    static let signatures: [[UInt8]] = [
        Array("%PDF-".utf8),                                  // PDF
        [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A],     // PNG
        [0xFF, 0xD8, 0xFF],                                   // JPEG
        Array("GIF87a".utf8), Array("GIF89a".utf8),           // GIF
        [0x50, 0x4B, 0x03, 0x04], [0x50, 0x4B, 0x05, 0x06],   // ZIP (also docx, epub, odt)
        [0x50, 0x4B, 0x07, 0x08],
        [0x7F, 0x45, 0x4C, 0x46],                             // ELF
        [0x1F, 0x8B],                                         // gzip
        [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1],     // OLE (old .doc, .xls)
        [0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C],                 // 7-Zip
        [0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00],                 // xz
        [0x28, 0xB5, 0x2F, 0xFD],                             // Zstandard
        [0xCF, 0xFA, 0xED, 0xFE], [0xCE, 0xFA, 0xED, 0xFE],   // Mach-O
    ]
}
