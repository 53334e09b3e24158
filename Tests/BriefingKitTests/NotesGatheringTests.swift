import Testing
@testable import BriefingKit

@Suite("Notes gathering")
struct NotesGatheringTests {
    @Test func placesEachNoteOnceInArticleOrderFromOneRead() throws {
        let store = try NotesFixtures.store()
        defer { NotesFixtures.discard(store.path) }
        let first = NotesFixtures.standard(source: "/tmp/brief-fixture/a.txt")
        let other = NotesFixtures.article(source: "/tmp/brief-fixture/b.txt", paragraphs: ["A different story."], quotes: [])
        try store.add(.article(other, text: "on b"))
        try store.add(.statement(first.statements[0], in: first, text: "on a's statement"))
        try store.add(.article(first, text: "on a"))
        let placed = try NotesGathering.placed(store: store, articles: [first, other])
        #expect(placed.map(\.article) == [0, 0, 1])
        #expect(placed.map(\.note.note.text) == ["on a's statement", "on a", "on b"])
        #expect(placed[0].note.placement == .statement(id: first.statements[0].id, range: first.statements[0].range))
    }

    @Test func findsTheNotesOfAMovedFileByItsTextAndGivesACopyNoneTwice() throws {
        let store = try NotesFixtures.store()
        defer { NotesFixtures.discard(store.path) }
        let original = NotesFixtures.standard(source: "/tmp/brief-fixture/old-place.txt")
        try store.add(.article(original, text: "kept across the move"))
        let moved = NotesFixtures.standard(source: "/tmp/brief-fixture/new-place.txt")
        let copy = NotesFixtures.standard(source: "/tmp/brief-fixture/copy.txt")
        let placed = try NotesGathering.placed(store: store, articles: [moved, copy])
        #expect(placed.count == 1)
        #expect(placed.first?.article == 0)
        #expect(placed.first?.note.note.text == "kept across the move")
    }
}
