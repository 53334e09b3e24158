import Testing
@testable import BriefingKit

@Suite("Notes re-anchoring")
struct NotesAnchoringTests {
    typealias Quote = NotesFixtures.Quote

    @Test func anchorKeepsExactTextAndContext() {
        let article = NotesFixtures.standard()
        let anchor = NoteAnchor.make(for: article.statements[1], in: article)
        #expect(anchor.exact == "Certainly we are going in the right direction,")
        #expect(anchor.prefix.unicodeScalars.count == NoteAnchor.contextLength)
        #expect(anchor.prefix.hasSuffix("crossings.\n\n\u{201C}"))
        #expect(anchor.suffix.hasPrefix("\u{201D} Mr Sunak said."))
        #expect(anchor.range == article.statements[1].range)
    }

    @Test func noteFollowsItsStatementWhenAParagraphIsInsertedAtTheTop() throws {
        let store = try NotesFixtures.store()
        defer { NotesFixtures.discard(store.path) }
        let path = "/tmp/brief-fixture/moving.txt"
        let before = NotesFixtures.article(source: path, paragraphs: NotesFixtures.body, quotes: NotesFixtures.bodyQuotes)
        let note = try store.add(.statement(before.statements[2], in: before, text: "on 'We must go further.'"))

        let inserted = "Emmanuel Macron said \u{201C}the border is shared\u{201D} and \u{201C}We must go further.\u{201D} too, in Paris."
        let after = NotesFixtures.article(
            source: path, paragraphs: [inserted] + NotesFixtures.body,
            quotes: [Quote(speaker: nil, kind: .partial, text: "the border is shared"),
                     Quote(speaker: nil, kind: .direct, text: "We must go further.")] + NotesFixtures.bodyQuotes)
        let resolved = try #require(try store.notes(forArticle: after).first { $0.id == note.id })
        let statement = try #require(after.statements.first { $0.id == resolved.statementID })
        #expect(statement.id == "s5")
        #expect(statement.text == "We must go further.")
        #expect(statement.speakerID == "rishi-sunak")
        #expect(!resolved.isDetached)
    }

    @Test func noteIsDetachedWhenItsQuoteIsDeleted() throws {
        let store = try NotesFixtures.store()
        defer { NotesFixtures.discard(store.path) }
        let path = "/tmp/brief-fixture/shrinking.txt"
        let before = NotesFixtures.article(source: path, paragraphs: NotesFixtures.body, quotes: NotesFixtures.bodyQuotes)
        let note = try store.add(.statement(before.statements[3], in: before, text: "on Cleverly"))
        let after = NotesFixtures.article(
            source: path, paragraphs: Array(NotesFixtures.body.prefix(2)), quotes: Array(NotesFixtures.bodyQuotes.prefix(3)))
        let resolved = try #require(try store.notes(forArticle: after).first)
        #expect(resolved.id == note.id)
        #expect(resolved.isDetached)
        #expect(resolved.note.anchor?.exact == "French and the British authorities have worked closely together.")
        #expect(resolved.note.speakerName == "James Cleverly")
    }

    @Test func noteFollowsTheTextWhenTheExtractorChangesTheStatement() {
        let before = NotesFixtures.standard()
        let note = stored(.statement(before.statements[1], in: before, text: "n"))
        var after = before
        let wider = TextRange(start: before.statements[1].range.start, end: before.statements[2].range.end)
        after.statements = [Statement(id: "s1", speakerID: "rishi-sunak", kind: .direct, cue: nil, text: after.slice(wider), block: 1, range: wider)]
        #expect(NoteResolver.placement(of: note, in: after) == .statement(id: "s1", range: before.statements[1].range))
        after.statements = []
        #expect(NoteResolver.placement(of: note, in: after) == .passage(before.statements[1].range))
    }

    @Test func contextPicksTheRightOneOfTwoEqualQuotes() {
        let paragraphs = ["A said \u{201C}No.\u{201D} to the first plan.", "B said \u{201C}No.\u{201D} to the second plan."]
        let quotes = [Quote(speaker: "a", kind: .direct, text: "No."), Quote(speaker: "b", kind: .direct, text: "No.")]
        let speakers = [Speaker(id: "a", name: "A", kind: .person), Speaker(id: "b", name: "B", kind: .person)]
        let before = NotesFixtures.article(source: "/tmp/x.txt", paragraphs: paragraphs, quotes: quotes, speakers: speakers)
        let note = stored(.statement(before.statements[1], in: before, text: "second"))
        let after = NotesFixtures.article(source: "/tmp/x.txt", paragraphs: ["Intro."] + paragraphs, quotes: quotes, speakers: speakers)
        guard case .statement(let id, _) = NoteResolver.placement(of: note, in: after) else {
            Issue.record("not anchored")
            return
        }
        #expect(after.statements.first { $0.id == id }?.speakerID == "b")
    }

    @Test func reflowedWhitespaceStillMatches() {
        let before = NotesFixtures.standard()
        let note = stored(.statement(before.statements[3], in: before, text: "n"))
        let reflowed = NotesFixtures.body.map { $0.replacingOccurrences(of: "British authorities", with: "British\n  authorities") }
        var after = NotesFixtures.article(source: before.source, paragraphs: reflowed, quotes: Array(NotesFixtures.bodyQuotes.prefix(3)))
        let start = after.text.unicodeScalars.count - "French and the British\n  authorities have worked closely together.\u{201D}".unicodeScalars.count
        let range = TextRange(start: start, end: after.scalars.count - 1)
        after.statements.append(Statement(id: "s4", speakerID: "james-cleverly", kind: .direct, cue: "said", text: after.slice(range), block: 2, range: range))
        #expect(NoteResolver.placement(of: note, in: after) == .statement(id: "s4", range: range))
    }

    @Test func movedFileIsFoundByContentHash() throws {
        let store = try NotesFixtures.store()
        defer { NotesFixtures.discard(store.path) }
        let original = NotesFixtures.standard(source: "/tmp/brief-fixture/old/place.txt")
        try store.add(.article(original, text: "moved with the file"))
        let moved = NotesFixtures.standard(source: "/tmp/brief-fixture/new/place.txt")
        #expect(try store.notes(forArticle: moved).map(\.note.text) == ["moved with the file"])
        let other = NotesFixtures.article(source: "/tmp/brief-fixture/other.txt", paragraphs: ["Other."], quotes: [])
        #expect(try store.notes(forArticle: other).isEmpty)
    }

    @Test func speakerNotesFollowTheNameWhenTheIdChanges() {
        let before = NotesFixtures.standard()
        let note = stored(.speaker(NotesFixtures.sunak, in: before, text: "n"))
        var after = before
        after.speakers[0].id = "sunak-rishi"
        #expect(NoteResolver.placement(of: note, in: after) == .speaker(id: "sunak-rishi"))
        after.speakers.removeFirst()
        #expect(NoteResolver.placement(of: note, in: after) == .detached)
    }

    /// A note as the store would return it for `new`.
    private func stored(_ new: NewNote) -> Note {
        Note(id: 1, content: new, created: .now, updated: .now)
    }
}
