import Foundation
import Testing
@testable import BriefingKit

@Suite struct LibraryLoaderTests {
    @Test func loadsEveryArticleInPathOrder() throws {
        let fixture = try LibraryFixture(count: 120)
        defer { fixture.remove() }
        let library = fixture.load()
        #expect(library.isComplete)
        #expect(library.files.count == 120)
        #expect(library.files == library.files.sorted())
        #expect(library.articles.count == 120)
        #expect(library.articles.map(\.source) == library.files)
        #expect(library.progress.done == 120 && library.progress.failures == 0)
    }

    @Test func handsOverBatchesInOrderBeforeTheEnd() throws {
        let fixture = try LibraryFixture(count: 100)
        defer { fixture.remove() }
        let loader = LibraryLoader(paths: [fixture.articles], cache: .disabled)
        loader.wait()
        let updates = loader.poll()
        #expect(updates.count > 2)
        #expect(updates.map(\.firstIndex) == updates.map(\.firstIndex).sorted())
        #expect(updates.dropLast().allSatisfy { !$0.progress.isFinished })
        #expect(updates.last?.progress.isFinished == true)
        var library = loader.makeLibrary()
        #expect(library.articles.isEmpty && library.title(at: 0) == "00000.txt")
        library.apply(updates[0])
        #expect(library.article(at: 0) != nil && library.article(at: 99) == nil)
        for update in updates.dropFirst() { library.apply(update) }
        #expect(library.articles.count == 100)
        #expect(loader.poll().isEmpty)
    }

    @Test func mergesAGeneratedSpeakerAcrossArticlesAndListsTheirStatements() throws {
        let fixture = try LibraryFixture(count: 300)
        defer { fixture.remove() }
        let library = fixture.load()
        let speakers = library.speakers()
        let busiest = try #require(speakers.speakers.first)
        #expect(busiest.articleCount > 5)
        #expect(busiest.statementCount >= busiest.articleCount)
        #expect(busiest.statements == busiest.statements.sorted())
        #expect(Set(busiest.statements.map(\.article)).count > 5)
        for reference in busiest.statements {
            let statement = try #require(library.statement(reference))
            let article = try #require(library.article(at: reference.article))
            let id = try #require(statement.speakerID)
            #expect(speakers.index(article: reference.article, speakerID: id) == speakers.index(of: busiest.id))
            #expect(article.slice(statement.range) == statement.text || !statement.text.isEmpty)
        }
        let total = library.articles.reduce(0) { $0 + $1.statements.filter { $0.speakerID != nil }.count }
        #expect(speakers.speakers.reduce(0) { $0 + $1.statementCount } == total)
    }

    @Test func mergesSpeakersOnItsOwnThreadAsArticlesArrive() throws {
        let fixture = try LibraryFixture(count: 200)
        defer { fixture.remove() }
        let loader = LibraryLoader(paths: [fixture.articles], cache: .disabled)
        loader.wait()
        let updates = loader.poll()
        let merges = updates.compactMap(\.speakers)
        #expect(merges.count >= 2 && merges.count < updates.count, "merged a few times while loading, not per batch")
        #expect(merges.map(\.articleCount) == merges.map(\.articleCount).sorted())
        var library = loader.makeLibrary()
        for update in updates { library.apply(update) }
        let final = try #require(library.mergedSpeakers)
        #expect(final.articleCount == 200)
        let fresh = LibrarySpeakers(entries: library.entries)
        #expect(final.speakers == fresh.speakers)
        let busiest = try #require(final.speakers.first)
        let kinds = busiest.statements.compactMap { library.statement($0)?.kind }
        for kind in StatementKind.allCases {
            #expect(busiest.count(of: kind) == kinds.filter { $0 == kind }.count)
        }
        #expect(busiest.searchText == TextFolding.fold(([busiest.name] + busiest.roles + busiest.aliases).joined(separator: "\n")))
    }

    @Test func reportsMissingPathsAndUnreadableFiles() throws {
        let fixture = try LibraryFixture(count: 3)
        defer { fixture.remove() }
        let binary = (fixture.cache as NSString).appendingPathComponent("binary.txt")
        try FileManager.default.createDirectory(atPath: fixture.cache, withIntermediateDirectories: true)
        try Data([0x41, 0x00, 0x42]).write(to: URL(fileURLWithPath: binary))
        let missing = fixture.articles + "/nothing-here"
        let library = LibraryLoader.loadAll(paths: [fixture.articles, missing, binary], cache: fixture.policy)
        #expect(library.expansionErrors == [.missing(path: missing)])
        #expect(library.files.count == 4 && library.articles.count == 3)
        #expect(library.progress.failures == 1)
        #expect(library.errors == [.missing(path: missing), .binary(path: binary)])
    }
}
