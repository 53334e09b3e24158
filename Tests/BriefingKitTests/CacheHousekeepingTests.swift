import Foundation
import Testing
@testable import BriefingKit

@Suite struct CacheHousekeepingTests {
    /// Sets a file's modification time to `days` days ago.
    private func age(_ path: String, days: Double) throws {
        let date = Date().addingTimeInterval(-days * 24 * 3600)
        try FileManager.default.setAttributes([.modificationDate: date], ofItemAtPath: path)
    }

    @Test func libraryFilesUnusedForLongAreRemovedAfterAWrite() throws {
        let fixture = try LibraryFixture(count: 20)
        defer { fixture.remove() }
        try FileManager.default.createDirectory(atPath: fixture.cache, withIntermediateDirectories: true)
        let path = { (name: String) in (fixture.cache as NSString).appendingPathComponent(name) }
        for name in ["library-00000000000000aa.bin", "library-00000000000000bb.bin", "notes.txt"] {
            #expect(FileManager.default.createFile(atPath: path(name), contents: Data("x".utf8)))
        }
        try age(path("library-00000000000000aa.bin"), days: 90)
        try age(path("library-00000000000000bb.bin"), days: 10)
        try age(path("notes.txt"), days: 90)
        #expect(fixture.load().progress.cacheSave == .saved(entries: 20))
        let left = Set(try FileManager.default.contentsOfDirectory(atPath: fixture.cache))
        #expect(left == ["library-00000000000000bb.bin", "notes.txt", (fixture.cacheFile as NSString).lastPathComponent])
    }

    @Test func aLoadThatFindsEverythingMarksTheFileAsUsed() throws {
        let fixture = try LibraryFixture(count: 20)
        defer { fixture.remove() }
        _ = fixture.load()
        try age(fixture.cacheFile, days: 59)
        #expect(fixture.load().progress.cacheSave == .unchanged)
        let modified = try #require(try FileManager.default.attributesOfItem(atPath: fixture.cacheFile)[.modificationDate] as? Date)
        #expect(Date().timeIntervalSince(modified) < 3600)
    }
}
