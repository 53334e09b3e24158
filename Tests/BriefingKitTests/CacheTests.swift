import Foundation
import Testing
@testable import BriefingKit

@Suite struct CacheTests {
    /// Whether two articles carry the same analysis.
    private func same(_ lhs: Article, _ rhs: Article) -> Bool {
        lhs.source == rhs.source && lhs.title == rhs.title && lhs.text == rhs.text && lhs.blocks == rhs.blocks
            && lhs.speakers == rhs.speakers && lhs.statements == rhs.statements && lhs.decodingNotice == rhs.decodingNotice
    }

    @Test func secondLoadHitsTheCacheAndGivesTheSameArticles() throws {
        let fixture = try LibraryFixture(count: 200)
        defer { fixture.remove() }
        let cold = fixture.load()
        #expect(cold.progress.cacheStatus == .absent)
        #expect(cold.progress.cacheMisses == 200 && cold.progress.cacheHits == 0)
        #expect(cold.progress.cacheSave == .saved(entries: 200))
        let warm = fixture.load()
        #expect(warm.progress.cacheStatus == .valid(entries: 200))
        #expect(warm.progress.cacheHits == 200 && warm.progress.cacheMisses == 0)
        #expect(warm.progress.cacheSave == .unchanged)
        #expect(zip(cold.articles, warm.articles).allSatisfy(same))
        let fresh = LibraryLoader.loadAll(paths: [fixture.articles], cache: .disabled)
        #expect(fresh.progress.cacheStatus == .disabled && fresh.progress.cacheHits == 0)
        #expect(zip(fresh.articles, warm.articles).allSatisfy(same))
    }

    @Test func aChangedFileIsAnalysedAgain() throws {
        let fixture = try LibraryFixture(count: 50)
        defer { fixture.remove() }
        _ = fixture.load()
        let changed = "Ministers defend pension reform\n\n\"We will not give up,\" said Ruth Kelly.\n"
        try changed.write(toFile: fixture.path(of: 7), atomically: true, encoding: .utf8)
        let library = fixture.load()
        #expect(library.progress.cacheHits == 49 && library.progress.cacheMisses == 1)
        #expect(library.progress.cacheSave == .saved(entries: 50))
        let article = try #require(library.articles.first { $0.source == fixture.path(of: 7) })
        #expect(same(article, Extractor().analyse(SourceText(path: fixture.path(of: 7), text: changed))))
        #expect(fixture.load().progress.cacheHits == 50)
    }

    @Test(arguments: ["corrupt", "truncated", "stale", "garbage", "empty"])
    func anUntrustworthyCacheFileIsRebuilt(damage: String) throws {
        let fixture = try LibraryFixture(count: 40)
        defer { fixture.remove() }
        _ = fixture.load()
        var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: fixture.cacheFile)))
        switch damage {
        case "corrupt": bytes[bytes.count / 2] ^= 0x5A
        case "truncated": bytes.removeLast(bytes.count / 3)
        case "stale": bytes[CachePack.magic.count + 4] &+= 1
        case "garbage": bytes = Array(repeating: 0x42, count: 4096)
        default: bytes = []
        }
        try Data(bytes).write(to: URL(fileURLWithPath: fixture.cacheFile))
        let rebuilt = fixture.load()
        guard case .rejected(let reason) = rebuilt.progress.cacheStatus else {
            Issue.record("expected the \(damage) cache to be rejected, got \(rebuilt.progress.cacheStatus)")
            return
        }
        if damage == "stale" { #expect(reason.hasPrefix("stale")) }
        #expect(rebuilt.progress.cacheMisses == 40 && rebuilt.articles.count == 40)
        #expect(rebuilt.progress.cacheSave == .saved(entries: 40))
        #expect(fixture.load().progress.cacheHits == 40)
    }

    @Test func aCacheWrittenByAnotherExtractorVersionIsStale() throws {
        let fixture = try LibraryFixture(count: 10)
        defer { fixture.remove() }
        let library = LibraryLoader.loadAll(paths: [fixture.articles], cache: .disabled)
        let older = ExtractionCache(policy: fixture.policy, roots: [fixture.articles], extractorVersion: Extractor.version - 1)
        let records = Dictionary(uniqueKeysWithValues: library.articles.map { article in
            (ExtractionCache.key(of: SourceText(path: article.source, text: article.text)), ArticleRecord.encode(article))
        })
        #expect(older.save(records) == .saved(entries: 10))
        let current = ExtractionCache(policy: fixture.policy, roots: [fixture.articles])
        guard case .rejected(let reason) = current.status else {
            Issue.record("expected a stale cache, got \(current.status)")
            return
        }
        #expect(reason.contains("version \(Extractor.version - 1)"))
    }

    @Test func anUnwritableCacheFolderDoesNotStopLoading() throws {
        let fixture = try LibraryFixture(count: 5)
        defer { fixture.remove() }
        let blocker = fixture.cache
        try FileManager.default.createDirectory(atPath: (blocker as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try "not a folder".write(toFile: blocker, atomically: true, encoding: .utf8)
        let library = fixture.load()
        #expect(library.articles.count == 5)
        guard case .failed = library.progress.cacheSave else {
            Issue.record("expected the save to fail, got \(String(describing: library.progress.cacheSave))")
            return
        }
    }

    @Test func anEmptyFolderWritesNoCacheFile() throws {
        let fixture = try LibraryFixture(count: 0)
        defer { fixture.remove() }
        let library = fixture.load()
        #expect(library.files.isEmpty && library.isComplete)
        #expect(library.progress.cacheSave == .unchanged)
        #expect(!FileManager.default.fileExists(atPath: fixture.cacheFile))
    }

    @Test func theKeyFollowsTheTextAndTheExtensionOnly() {
        let key = ExtractionCache.key(of: SourceText(path: "a/b.txt", text: "Same text."))
        #expect(ExtractionCache.key(of: SourceText(path: "elsewhere/c.TXT", text: "Same text.")) == key)
        #expect(ExtractionCache.key(of: SourceText(path: "a/b.md", text: "Same text.")) != key)
        #expect(ExtractionCache.key(of: SourceText(path: "a/b.txt", text: "Same text!")) != key)
    }

    @Test func thePolicyFollowsTheEnvironment() {
        #expect(CachePolicy.standard(environment: ["BRIEF_CACHE": "/tmp/x", "XDG_CACHE_HOME": "/c", "HOME": "/h"]) == .directory("/tmp/x"))
        #expect(CachePolicy.standard(environment: ["BRIEF_CACHE": "off", "HOME": "/h"]) == .disabled)
        #expect(CachePolicy.standard(environment: ["XDG_CACHE_HOME": "/c", "HOME": "/h"]) == .directory("/c/brief"))
        #expect(CachePolicy.standard(environment: ["XDG_CACHE_HOME": "relative", "HOME": "/h"]) == .directory("/h/.cache/brief"))
        #expect(CachePolicy.standard(environment: [:]) == .disabled)
    }
}
