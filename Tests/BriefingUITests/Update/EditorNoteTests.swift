import Testing
import BriefingKit
@testable import BriefingUI

@Suite struct EditorNoteTests {
    @Test func capitalAAsksForTheEditorAndSavesWhatItReturns() throws {
        let notes = try TemporaryNotes()
        defer { notes.remove() }
        var reader = ReaderModel(briefing: Fixtures.bridgeBriefing, colorsEnabled: false, columns: 80, rows: 16, notes: notes.store)
        _ = reader.update(.character("]"))
        #expect(reader.update(.character("A")) == [.editNote(initialText: "")])
        reader.finishEditing(text: "First line, “quoted”\nsecond line — 第二行\n")
        #expect(reader.note(on: .statement("s1"))?.note.text == "First line, “quoted”\nsecond line — 第二行")
        #expect(reader.update(.character("A")) == [.editNote(initialText: "First line, “quoted”\nsecond line — 第二行")])
        reader.finishEditing(text: nil)
        #expect(reader.note(on: .statement("s1"))?.note.text == "First line, “quoted”\nsecond line — 第二行", "a failed editor changes nothing")
    }

    @Test func withoutAStoreTheEditorIsNotStarted() {
        var reader = Fixtures.reader()
        #expect(reader.update(.character("A")).isEmpty)
    }
}
