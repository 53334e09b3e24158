import Foundation
import Testing
import BriefingKit
@testable import BriefingUI

@Suite struct NoteKeyTests {
    private func type(_ text: String, into reader: inout ReaderModel) {
        for character in text { _ = reader.update(.character(character)) }
    }

    private func reader(_ notes: TemporaryNotes) -> ReaderModel {
        ReaderModel(briefing: Fixtures.bridgeBriefing, colorsEnabled: false, columns: 80, rows: 16, notes: notes.store)
    }

    @Test func withoutAStoreNotesSayTheyAreOff() {
        var reader = Fixtures.reader(columns: 80, rows: 16)
        _ = reader.update(.character("a"))
        #expect(reader.input == nil)
        #expect(reader.view(columns: 80, rows: 16).lines[15].contains("Notes are off"))
        _ = reader.update(.character("e"))
        #expect(reader.input == nil)
        _ = reader.update(.character("j"))
        #expect(reader.message == nil, "a message lasts until the next key")
    }

    @Test func aAddsThenEditsTheSelectedStatementsNote() throws {
        let notes = try TemporaryNotes()
        defer { notes.remove() }
        var reader = reader(notes)
        _ = reader.update(.character("]"))
        _ = reader.update(.character("a"))
        #expect(reader.input?.purpose == .note(.statement("s1")))
        type("Key quote, “really”", into: &reader)
        _ = reader.update(.enter)
        var stored = try notes.store.allNotes()
        #expect(stored.map(\.text) == ["Key quote, “really”"])
        #expect(stored.first?.statementID == "s1")
        #expect(reader.hasNote(statement: "s1"))
        let lines = reader.view(columns: 80, rows: 16).lines
        #expect(lines[15].contains("Note saved") && lines[15].contains("notes: 1"))
        #expect(lines[7].hasSuffix("││✎“We cannot wai…”  Ana Lima   │"))
        #expect(lines[5].hasPrefix("│✎“We cannot wait"))

        _ = reader.update(.character("a"))
        #expect(reader.input?.line.text == "Key quote, “really”")
        _ = reader.update(.control("u"))
        type("Edited", into: &reader)
        _ = reader.update(.enter)
        stored = try notes.store.allNotes()
        #expect(stored.map(\.text) == ["Edited"])
    }

    @Test func emptyingANoteDeletesItAfterYes() throws {
        let notes = try TemporaryNotes()
        defer { notes.remove() }
        var reader = reader(notes)
        _ = reader.update(.character("a"))
        #expect(reader.input?.purpose == .note(.article))
        type("About the article", into: &reader)
        _ = reader.update(.enter)
        #expect(try notes.store.allNotes().first?.target == .article)
        for answer in ["n", "y"] {
            _ = reader.update(.character("a"))
            _ = reader.update(.control("u"))
            _ = reader.update(.enter)
            #expect(reader.view(columns: 80, rows: 16).lines[15].hasPrefix("Delete this note? (y/n)"))
            #expect(reader.update(.character("q")).isEmpty, "other keys wait for the answer")
            _ = reader.update(.character(Character(answer)))
        }
        #expect(try notes.store.allNotes().isEmpty)
        #expect(reader.message == "Note deleted")
    }

    @Test func aOnTheSpeakersPaneNotesTheSpeaker() throws {
        let notes = try TemporaryNotes()
        defer { notes.remove() }
        var reader = reader(notes)
        _ = reader.update(.character("2"))
        _ = reader.update(.character("j"))
        _ = reader.update(.character("a"))
        type("Budget chair", into: &reader)
        _ = reader.update(.enter)
        #expect(try notes.store.allNotes().first?.speakerID == "tom-reed")
        #expect(reader.view(columns: 80, rows: 16).lines[2].hasSuffix("││ Tom Reed  Councillor     ✎ 2 │"))
    }

    @Test func escapeDropsATypedNote() throws {
        let notes = try TemporaryNotes()
        defer { notes.remove() }
        var reader = reader(notes)
        _ = reader.update(.character("a"))
        type("never mind", into: &reader)
        _ = reader.update(.escape)
        #expect(reader.input == nil)
        #expect(try notes.store.allNotes().isEmpty)
    }

    @Test func eExportsAndAsksBeforeOverwriting() throws {
        let notes = try TemporaryNotes()
        defer { notes.remove() }
        var reader = reader(notes)
        _ = reader.update(.character("]"))
        _ = reader.update(.character("a"))
        type("For the memo", into: &reader)
        _ = reader.update(.enter)
        _ = reader.update(.character("e"))
        #expect(reader.input?.purpose == .exportPath)
        #expect(reader.input?.line.text.hasPrefix("brief-notes-") == true && reader.input?.line.text.hasSuffix(".md") == true)
        let path = notes.folder.appendingPathComponent("out.csv").path
        _ = reader.update(.control("u"))
        type(path, into: &reader)
        _ = reader.update(.enter)
        #expect(reader.message == "1 note written to \(path)")
        #expect(try String(contentsOfFile: path, encoding: .utf8).contains("For the memo"))

        try "old".write(toFile: path, atomically: true, encoding: .utf8)
        _ = reader.update(.character("e"))
        _ = reader.update(.control("u"))
        type(path, into: &reader)
        _ = reader.update(.enter)
        #expect(reader.confirmation == .overwrite(path: path, format: .csv))
        _ = reader.update(.escape)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "old")
        _ = reader.update(.character("e"))
        _ = reader.update(.control("u"))
        type(path, into: &reader)
        _ = reader.update(.enter)
        _ = reader.update(.character("y"))
        #expect(try String(contentsOfFile: path, encoding: .utf8).contains("For the memo"))
    }

    @Test func exportNeedsAKnownExtension() throws {
        let notes = try TemporaryNotes()
        defer { notes.remove() }
        var reader = reader(notes)
        _ = reader.update(.character("e"))
        _ = reader.update(.control("u"))
        type("notes.txt", into: &reader)
        _ = reader.update(.enter)
        #expect(reader.message?.contains(".md, .json or .csv") == true)
        #expect(!FileManager.default.fileExists(atPath: "notes.txt"))
    }
}

@Suite struct NotesListKeyTests {
    private func type(_ text: String, into reader: inout ReaderModel) {
        for character in text { _ = reader.update(.character(character)) }
    }

    @Test func lListsEveryNoteAndEnterGoesToIt() throws {
        let notes = try TemporaryNotes()
        defer { notes.remove() }
        var reader = ReaderModel(briefing: Briefing(articles: [Fixtures.bridge, LongArticle.article]), colorsEnabled: false,
                                 columns: 100, rows: 16, notes: notes.store)
        try notes.store.add(.statement(LongArticle.article.statements[3], in: LongArticle.article, text: "Late quote"))
        try notes.store.add(.speaker(Fixtures.bridge.speakers[1], in: Fixtures.bridge, text: "Budget chair"))
        _ = reader.update(.character("l"))
        #expect(reader.notesList?.items.count == 2)
        let lines = reader.view(columns: 100, rows: 16).lines
        #expect(lines.contains { $0.contains("┌ Notes (2) · Enter goes there, Esc closes") })
        #expect(lines.contains { $0.contains("✎ Tom Reed") && $0.contains("Budget chair") })
        #expect(lines.contains { $0.contains("✎ Kim Ode “Quote 14 about the harbour plan,”") && $0.contains("Late quote") })

        _ = reader.update(.character("j"))
        _ = reader.update(.enter)
        #expect(reader.notesList == nil)
        #expect(reader.articleIndex == 1)
        #expect(reader.selectedStatementID == "k14")
        #expect(reader.focus == .positions)
        let shown = reader.currentArticleLayout!.lines(covering: reader.selectedStatement!.range)!
        #expect(shown.lowerBound >= reader.scroll(of: .article))

        _ = reader.update(.character("l"))
        _ = reader.update(.enter)
        #expect(reader.articleIndex == 0)
        #expect(reader.focus == .speakers)
        #expect(reader.speakerCursorID == "tom-reed")
    }

    @Test func theListClosesWithItsKeysAndSaysWhenEmpty() throws {
        let notes = try TemporaryNotes()
        defer { notes.remove() }
        for closing in [Key.escape, .character("l"), .character("q")] {
            var reader = ReaderModel(briefing: Fixtures.bridgeBriefing, colorsEnabled: false, columns: 80, rows: 16, notes: notes.store)
            _ = reader.update(.character("l"))
            #expect(reader.view(columns: 80, rows: 16).lines.contains { $0.contains("No notes yet: a adds one") })
            #expect(reader.update(closing).isEmpty)
            #expect(reader.notesList == nil)
        }
    }

    @Test func withoutAStoreThereIsNoList() {
        var reader = Fixtures.reader()
        _ = reader.update(.character("l"))
        #expect(reader.notesList == nil)
        #expect(reader.message?.hasPrefix("Notes are off") == true)
    }
}
