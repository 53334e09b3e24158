import Foundation
import Testing
@testable import BriefingKit

@Suite("Notes store")
struct NotesStoreTests {
    @Test func addsListsUpdatesAndDeletes() throws {
        let store = try NotesFixtures.store()
        defer { NotesFixtures.discard(store.path) }
        let article = NotesFixtures.standard()
        let onStatement = try store.add(.statement(article.statements[1], in: article, text: NotesFixtures.trickyText))
        let onSpeaker = try store.add(.speaker(NotesFixtures.cleverly, in: article, text: "speaker"))
        let onArticle = try store.add(.article(article, text: "article"))
        #expect(try store.allNotes().map(\.id) == [onStatement.id, onSpeaker.id, onArticle.id])
        #expect(try store.note(id: onStatement.id) == onStatement)
        #expect(try store.note(id: onStatement.id)?.text == NotesFixtures.trickyText)

        let edited = try store.update(id: onSpeaker.id, text: "edited\nnote")
        #expect(edited.text == "edited\nnote")
        #expect(edited.updated >= edited.created)
        try store.delete(id: onArticle.id)
        #expect(try store.allNotes().map(\.id) == [onStatement.id, onSpeaker.id])
        #expect(throws: NoteStoreError.noSuchNote(id: onArticle.id)) { try store.delete(id: onArticle.id) }
        #expect(throws: NoteStoreError.noSuchNote(id: 999)) { try store.update(id: 999, text: "x") }
        #expect(try store.integrityCheck() == ["ok"])
    }

    @Test func idsAreNeverReused() throws {
        let store = try NotesFixtures.store()
        defer { NotesFixtures.discard(store.path) }
        let article = NotesFixtures.standard()
        let first = try store.add(.article(article, text: "one"))
        try store.delete(id: first.id)
        #expect(try store.add(.article(article, text: "two")).id > first.id)
    }

    @Test func notesSurviveReopening() throws {
        let path = try NotesFixtures.temporaryFolder() + "/deep/er/notes.sqlite"
        defer { NotesFixtures.discard(path) }
        let article = NotesFixtures.standard()
        let id = try NoteStore(path: path).add(.statement(article.statements[3], in: article, text: "kept")).id
        let reopened = try NoteStore(path: path)
        #expect(try reopened.note(id: id)?.anchor?.exact == String(article.statements[3].text))
        #expect(try NoteStore(path: path, readOnly: true).allNotes().count == 1)
    }

    @Test func defaultLocationFollowsTheEnvironment() {
        #expect(NotesLocation.defaultPath(environment: ["BRIEF_NOTES": "/x/n.db", "XDG_DATA_HOME": "/d", "HOME": "/h"]) == "/x/n.db")
        #expect(NotesLocation.defaultPath(environment: ["XDG_DATA_HOME": "/d", "HOME": "/h"]) == "/d/brief/notes.sqlite")
        #expect(NotesLocation.defaultPath(environment: ["XDG_DATA_HOME": "relative", "HOME": "/h"]) == "/h/.local/share/brief/notes.sqlite")
        #expect(NotesLocation.defaultPath(environment: ["HOME": "/h"]) == "/h/.local/share/brief/notes.sqlite")
    }

    @Test func unwritableLocationIsReportedAndReadOnlyStoresRefuseWrites() throws {
        let folder = try NotesFixtures.temporaryFolder()
        defer { NotesFixtures.discard(folder) }
        let blocker = folder + "/not-a-folder"
        try Data("x".utf8).write(to: URL(fileURLWithPath: blocker))
        let path = blocker + "/notes.sqlite"
        #expect {
            try NoteStore(path: path)
        } throws: { error in
            guard case NoteStoreError.unwritable(let named, _)? = error as? NoteStoreError else { return false }
            return named == path && String(describing: error).contains(path)
        }
        #expect(throws: NoteStoreError.missing(path: path)) { try NoteStore(path: path, readOnly: true) }

        let existing = folder + "/notes.sqlite"
        _ = try NoteStore(path: existing)
        let readOnly = try NoteStore(path: existing, readOnly: true)
        #expect(throws: NoteStoreError.readOnly(path: existing)) {
            try readOnly.add(.article(NotesFixtures.standard(), text: "no"))
        }
    }

    @Test func corruptFileIsReportedAndLeftUntouched() throws {
        let path = try NotesFixtures.temporaryFolder() + "/notes.sqlite"
        defer { NotesFixtures.discard(path) }
        let garbage = Data("these are not the notes you are looking for\n".utf8) + Data(repeating: 7, count: 5000)
        try garbage.write(to: URL(fileURLWithPath: path))
        #expect {
            try NoteStore(path: path)
        } throws: { error in
            guard case NoteStoreError.corrupt(let named, _)? = error as? NoteStoreError else { return false }
            return named == path && String(describing: error).contains(path)
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == garbage)
    }

    @Test func damagedDatabaseIsReportedAndLeftUntouched() throws {
        let path = try NotesFixtures.temporaryFolder() + "/notes.sqlite"
        defer { NotesFixtures.discard(path) }
        do {
            let store = try NoteStore(path: path)
            for index in 0..<200 { try store.add(.article(NotesFixtures.standard(), text: String(repeating: "note \(index) ", count: 40))) }
        }
        var bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        try #require(bytes.count > 8192)
        for offset in 4096..<(bytes.count - 100) where offset % 512 < 64 { bytes[offset] = 0xA5 }
        let damaged = URL(fileURLWithPath: path + ".damaged")
        try bytes.write(to: damaged)
        #expect(throws: NoteStoreError.self) { try NoteStore(path: damaged.path) }
        #expect(try Data(contentsOf: damaged) == bytes)
    }

    @Test func otherProgramsDatabasesAreLeftAlone() throws {
        let folder = try NotesFixtures.temporaryFolder()
        defer { NotesFixtures.discard(folder) }
        let path = folder + "/other.sqlite"
        let sqlite = Process()
        sqlite.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        sqlite.arguments = ["sqlite3", path, "CREATE TABLE things (x); INSERT INTO things VALUES (1);"]
        guard (try? sqlite.run()) != nil else { return }
        sqlite.waitUntilExit()
        guard sqlite.terminationStatus == 0 else { return }
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(throws: NoteStoreError.foreign(path: path)) { try NoteStore(path: path) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test func twoConnectionsOnThreadsAdd40NotesEach() async throws {
        let path = try NotesFixtures.temporaryFolder() + "/notes.sqlite"
        defer { NotesFixtures.discard(path) }
        let article = NotesFixtures.standard()
        try await withThrowingTaskGroup(of: Void.self) { group in
            for writer in 0..<2 {
                group.addTask {
                    let store = try NoteStore(path: path)
                    for index in 0..<40 { try store.add(.article(article, text: "writer \(writer) note \(index)")) }
                }
            }
            try await group.waitForAll()
        }
        let notes = try NoteStore(path: path).allNotes()
        #expect(notes.count == 80)
        #expect(Set(notes.map(\.text)).count == 80)
    }
}
