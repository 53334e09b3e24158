/// Why cached bytes could not be decoded.
enum CacheFormatError: Error, Equatable {
    /// The bytes ended before a value did.
    case truncated
    /// A value is out of its allowed range.
    case invalid
}

/// Reads the values `BinaryWriter` writes, checking every bound, from a range of a byte array.
struct BinaryReader {
    private let bytes: [UInt8]
    private let end: Int
    /// The offset of the next byte to read.
    private(set) var offset: Int

    /// Creates a reader over `bytes[range]`.
    init(_ bytes: [UInt8], range: Range<Int>) {
        self.bytes = bytes
        self.offset = range.lowerBound
        self.end = range.upperBound
    }

    /// Whether every byte of the range has been read.
    var isAtEnd: Bool { offset == end }

    /// Reads one byte.
    mutating func byte() throws -> UInt8 {
        guard offset < end else { throw CacheFormatError.truncated }
        defer { offset += 1 }
        return bytes[offset]
    }

    /// Reads a fixed-width little-endian 64-bit integer.
    mutating func fixed64() throws -> UInt64 {
        guard end - offset >= 8 else { throw CacheFormatError.truncated }
        var value: UInt64 = 0
        for shift in 0..<8 { value |= UInt64(bytes[offset + shift]) << (8 * UInt64(shift)) }
        offset += 8
        return value
    }

    /// Reads a fixed-width little-endian 32-bit integer.
    mutating func fixed32() throws -> UInt32 {
        guard end - offset >= 4 else { throw CacheFormatError.truncated }
        var value: UInt32 = 0
        for shift in 0..<4 { value |= UInt32(bytes[offset + shift]) << (8 * UInt32(shift)) }
        offset += 4
        return value
    }

    /// Reads a varint no larger than `limit`.
    mutating func count(limit: Int = Int(Int32.max)) throws -> Int {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            let next = try byte()
            value |= UInt64(next & 0x7F) << shift
            if next < 0x80 { break }
            shift += 7
            guard shift < 63 else { throw CacheFormatError.invalid }
        }
        guard value <= UInt64(limit) else { throw CacheFormatError.invalid }
        return Int(value)
    }

    /// Reads a length-prefixed UTF-8 string.
    mutating func string() throws -> String {
        let length = try count(limit: end - offset)
        defer { offset += length }
        return String(decoding: bytes[offset..<offset + length], as: UTF8.self)
    }

    /// Skips `length` bytes and returns their range.
    mutating func skip(_ length: Int) throws -> Range<Int> {
        guard length >= 0, end - offset >= length else { throw CacheFormatError.truncated }
        defer { offset += length }
        return offset..<offset + length
    }
}
