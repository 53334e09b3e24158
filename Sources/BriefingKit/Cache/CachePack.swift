import Foundation

/// One library's cache file: a checked header, then each article's analysis keyed by content hash.
///
/// Layout (little-endian): magic `BRIEFLIB`, format version (u32), extractor version (u64),
/// entry count (u64), payload length (u64), payload checksum (u64, `ContentHash`), then the
/// payload: per entry its key (u64), a varint length and the `ArticleRecord` bytes.
struct CachePack: Sendable {
    /// The first eight bytes of every cache file.
    static let magic: [UInt8] = Array("BRIEFLIB".utf8)
    /// The version of this layout and of `ArticleRecord`; bump it when either changes.
    static let formatVersion: UInt32 = 1
    /// The header's size in bytes.
    static let headerSize = 8 + 4 + 8 + 8 + 8 + 8

    /// The whole file.
    let bytes: [UInt8]
    /// Where each entry's record lies in `bytes`, by key.
    let records: [UInt64: Range<Int>]

    /// An empty pack.
    init() {
        bytes = []
        records = [:]
    }

    /// Parses and checks a cache file's bytes; throws a reason when the file cannot be trusted.
    init(bytes: [UInt8], extractorVersion: Int) throws(CacheRejection) {
        guard bytes.count >= Self.headerSize else { throw CacheRejection("truncated header") }
        guard bytes.starts(with: Self.magic) else { throw CacheRejection("not a Brief cache file") }
        var header = BinaryReader(bytes, range: Self.magic.count..<Self.headerSize)
        do {
            let format = try header.fixed32()
            guard format == Self.formatVersion else { throw CacheRejection("cache format \(format), expected \(Self.formatVersion)") }
            let version = try header.fixed64()
            guard version == UInt64(extractorVersion) else {
                throw CacheRejection("stale: written by extractor version \(version), this is version \(extractorVersion)")
            }
            let entryCount = try header.fixed64()
            let payloadLength = try header.fixed64()
            let checksum = try header.fixed64()
            guard UInt64(bytes.count - Self.headerSize) == payloadLength else {
                throw CacheRejection("truncated: \(bytes.count - Self.headerSize) payload bytes, expected \(payloadLength)")
            }
            let computed = bytes.withUnsafeBytes { ContentHash.of(UnsafeRawBufferPointer(rebasing: $0[Self.headerSize...])) }
            guard computed == checksum else { throw CacheRejection("corrupt: checksum mismatch") }
            var payload = BinaryReader(bytes, range: Self.headerSize..<bytes.count)
            var records: [UInt64: Range<Int>] = [:]
            records.reserveCapacity(Int(min(entryCount, UInt64(bytes.count))))
            while !payload.isAtEnd {
                let key = try payload.fixed64()
                records[key] = try payload.skip(payload.count(limit: bytes.count))
            }
            guard records.count == entryCount else { throw CacheRejection("corrupt: \(records.count) entries, expected \(entryCount)") }
            self.bytes = bytes
            self.records = records
        } catch let rejection as CacheRejection {
            throw rejection
        } catch {
            throw CacheRejection("corrupt: malformed entries")
        }
    }

    /// The cache file bytes holding the given records, sorted by key for determinism.
    static func encode(entries: [UInt64: [UInt8]], extractorVersion: Int) -> [UInt8] {
        var payload = BinaryWriter()
        for key in entries.keys.sorted() {
            let record = entries[key] ?? []
            payload.fixed64(key)
            payload.count(record.count)
            payload.raw(record)
        }
        var file = BinaryWriter()
        file.raw(magic)
        file.fixed32(formatVersion)
        file.fixed64(UInt64(extractorVersion))
        file.fixed64(UInt64(entries.count))
        file.fixed64(UInt64(payload.bytes.count))
        file.fixed64(payload.bytes.withUnsafeBytes { ContentHash.of($0) })
        file.raw(payload.bytes)
        return file.bytes
    }
}

/// Why a cache file was not trusted.
struct CacheRejection: Error {
    /// A short reason for a person ("stale: …", "corrupt: …", "truncated …").
    let reason: String

    init(_ reason: String) {
        self.reason = reason
    }
}
