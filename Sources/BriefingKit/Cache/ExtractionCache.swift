import Foundation

/// The extraction cache of one library: cached analyses by content key, read once and written back whole.
struct ExtractionCache: Sendable {
    /// The cache file's path, or nil when caching is off.
    let file: String?
    /// What was found in the cache file.
    let status: CacheStatus
    private let pack: CachePack
    private let extractorVersion: Int

    /// Opens the cache file for a library given by its root paths, checking it; an untrustworthy file is ignored.
    init(policy: CachePolicy, roots: [String], extractorVersion: Int = Extractor.version) {
        self.extractorVersion = extractorVersion
        guard case .directory(let folder) = policy else {
            (file, status, pack) = (nil, .disabled, CachePack())
            return
        }
        let file = (folder as NSString).appendingPathComponent(Self.fileName(roots: roots))
        self.file = file
        guard let data = FileManager.default.contents(atPath: file) else {
            (status, pack) = (.absent, CachePack())
            return
        }
        do {
            let pack = try CachePack(bytes: [UInt8](data), extractorVersion: extractorVersion)
            (status, self.pack) = (.valid(entries: pack.records.count), pack)
        } catch {
            (status, pack) = (.rejected(reason: error.reason), CachePack())
        }
    }

    /// The key of a decoded article: its text's content hash, mixed with the file's extension.
    static func key(of source: SourceText) -> UInt64 {
        var text = source.text
        let textHash = text.withUTF8 { ContentHash.of(UnsafeRawBufferPointer($0)) }
        let name = source.path.utf8.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false).last ?? []
        let ext = name.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false).dropFirst().last ?? []
        return textHash ^ (ContentHash.of(ext.map { $0 | 0x20 }) &* 0x9E37_79B9_7F4A_7C15)  // ASCII case folded
    }

    /// The cache file name for a library: a hash of its absolute root paths.
    static func fileName(roots: [String]) -> String {
        let cwd = FileManager.default.currentDirectoryPath
        let absolute = roots.map { root in
            ((root.hasPrefix("/") ? root : (cwd as NSString).appendingPathComponent(root)) as NSString).standardizingPath
        }
        let hash = ContentHash.of(absolute.sorted().joined(separator: "\0").utf8)
        let hex = String(hash, radix: 16)
        return "library-" + String(repeating: "0", count: 16 - hex.count) + hex + ".bin"
    }

    /// The cached analysis for a key rebuilt on the text, or nil on a miss or when the record does not fit the text.
    func article(for key: UInt64, source: SourceText) -> Article? {
        guard let range = pack.records[key] else { return nil }
        return try? ArticleRecord.decode(pack.bytes, range: range, source: source)
    }

    /// The stored record bytes for a key, when the cache holds it.
    func record(for key: UInt64) -> ArraySlice<UInt8>? {
        pack.records[key].map { pack.bytes[$0] }
    }

    /// Writes the given records as the library's cache file (temp file + rename), unless it already holds exactly them
    /// (it is then marked as used); after writing, removes the folder's cache files left unused for long.
    func save(_ records: [UInt64: [UInt8]]) -> CacheSaveResult {
        guard let file else { return .unchanged }
        if case .valid = status, Set(records.keys) == Set(pack.records.keys) {
            CacheHousekeeping.touch(file)
            return .unchanged
        }
        if status == .absent, records.isEmpty { return .unchanged }
        let bytes = CachePack.encode(entries: records, extractorVersion: extractorVersion)
        let folder = (file as NSString).deletingLastPathComponent
        let temporary = file + ".tmp-\(ProcessInfo.processInfo.processIdentifier)-\(UInt32.random(in: 0...UInt32.max))"
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            try Data(bytes).write(to: URL(fileURLWithPath: temporary))
            guard rename(temporary, file) == 0 else {
                let reason = String(cString: strerror(errno))
                try? FileManager.default.removeItem(atPath: temporary)
                return .failed("\(file): cannot replace the cache file: \(reason)")
            }
            CacheHousekeeping.prune(folder: folder, keeping: file)
            return .saved(entries: records.count)
        } catch {
            try? FileManager.default.removeItem(atPath: temporary)
            return .failed("\(folder): cannot write the cache (\(error.localizedDescription)); set BRIEF_CACHE to another folder or to off")
        }
    }
}
