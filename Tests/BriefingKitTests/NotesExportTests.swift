import Foundation
import Testing
@testable import BriefingKit

@Suite("Notes export")
struct NotesExportTests {
    /// A store with a tricky note on each kind of target, and the export entries of its article.
    private func exported() throws -> (store: NoteStore, entries: [NoteExportEntry], article: Article) {
        let store = try NotesFixtures.store()
        let article = NotesFixtures.standard()
        try store.add(.statement(article.statements[1], in: article, text: NotesFixtures.trickyText))
        try store.add(.speaker(NotesFixtures.cleverly, in: article, text: "Speaker, \"note\"\nline 2"))
        try store.add(.article(article, text: "Article note — 日本語"))
        return (store, try NotesGathering.entries(store: store, articles: [article]), article)
    }

    @Test func csvRoundTripsEveryField() throws {
        let (store, entries, article) = try exported()
        defer { NotesFixtures.discard(store.path) }
        let csv = NotesExportFormat.csv.render(entries)
        let rows = try NotesCSVParser.parse(csv)
        #expect(rows.first == NotesCSV.header)
        #expect(rows.count == 4)
        let notes = try store.allNotes()
        for (row, note) in zip(rows.dropFirst(), notes) {
            let record = Dictionary(uniqueKeysWithValues: zip(NotesCSV.header, row))
            #expect(record["note"] == note.text)
            #expect(record["id"] == String(note.id))
            #expect(record["article"] == article.source)
            #expect(record["created"] == NoteExportEntry.timestamp(note.created))
        }
        let first = Dictionary(uniqueKeysWithValues: zip(NotesCSV.header, rows[1]))
        #expect(first["speaker"] == "Rishi Sunak")
        #expect(first["role"] == "Prime Minister")
        #expect(first["kind"] == "direct")
        #expect(first["statement"] == "Certainly we are going in the right direction,")
        #expect(csv.hasSuffix("\r\n"))
    }

    @Test func jsonRoundTripsAndCarriesATextQuoteSelector() throws {
        let (store, entries, _) = try exported()
        defer { NotesFixtures.discard(store.path) }
        let document = try #require(try JSONSerialization.jsonObject(with: Data(NotesExportFormat.json.render(entries).utf8)) as? [String: Any])
        #expect(document["schema"] as? Int == 1)
        let notes = try #require(document["notes"] as? [[String: Any]])
        #expect(notes.map { $0["text"] as? String } == (try store.allNotes()).map(\.text))
        let first = notes[0]
        #expect(first["target"] as? String == "statement")
        #expect(first["status"] as? String == "anchored")
        let anchor = try #require(first["anchor"] as? [String: Any])
        #expect(anchor["type"] as? String == "TextQuoteSelector")
        #expect(anchor["exact"] as? String == "Certainly we are going in the right direction,")
        #expect((anchor["suffix"] as? String)?.hasPrefix("\u{201D} Mr Sunak") == true)
        let statement = try #require(first["statement"] as? [String: Any])
        #expect(statement["kind"] as? String == "direct")
        #expect((first["speaker"] as? [String: Any])?["role"] as? String == "Prime Minister")
        #expect(notes[2]["anchor"] is NSNull)
    }

    @Test func markdownShowsArticleSpeakerStatementAndNote() throws {
        let (store, entries, _) = try exported()
        defer { NotesFixtures.discard(store.path) }
        let markdown = NotesExportFormat.md.render(entries)
        #expect(markdown.contains("## Sunak and Macron"))
        #expect(markdown.contains("### Rishi Sunak, Prime Minister"))
        #expect(markdown.contains("> Certainly we are going in the right direction,\n>\n> — direct quote"))
        #expect(markdown.contains(NotesFixtures.trickyText))
        #expect(markdown.contains("### James Cleverly, Foreign Secretary\n\n*On James Cleverly:*\n\nSpeaker, \"note\"\nline 2"))
        #expect(markdown.contains("### On the article\n\nArticle note — 日本語"))
        #expect(!markdown.contains("Detached"))
    }

    @Test func detachedNotesGetTheirOwnSection() throws {
        let store = try NotesFixtures.store()
        defer { NotesFixtures.discard(store.path) }
        let before = NotesFixtures.standard()
        try store.add(.statement(before.statements[3], in: before, text: "gone now"))
        let after = NotesFixtures.article(source: before.source, paragraphs: Array(NotesFixtures.body.prefix(2)), quotes: [])
        let entries = try NotesGathering.entries(store: store, articles: [after])
        #expect(entries.map(\.status) == ["detached"])
        let markdown = NotesExportFormat.md.render(entries)
        let section = try #require(markdown.range(of: "## Detached notes"))
        #expect(markdown[section.upperBound...].contains("> French and the British authorities have worked closely together."))
        #expect(markdown[section.upperBound...].contains("#### James Cleverly, Foreign Secretary"))
    }

    @Test func unreadableArticlesAreExportedAsSaved() throws {
        let store = try NotesFixtures.store()
        defer { NotesFixtures.discard(store.path) }
        let article = NotesFixtures.standard(source: "/nonexistent/brief/article.txt")
        try store.add(.statement(article.statements[0], in: article, text: "kept"))
        let entries = try NotesGathering.allEntries(store: store) { _ in nil }
        #expect(entries.map(\.status) == ["unchecked"])
        #expect(entries.first?.statementText == "go further")
        #expect(NotesExportFormat.md.render(entries).contains("could not be read"))
    }

    @Test func filesAreReplacedWhole() throws {
        let folder = try NotesFixtures.temporaryFolder()
        defer { NotesFixtures.discard(folder) }
        let path = folder + "/notes.csv"
        try NotesFileWriter.write("old", to: path)
        try NotesFileWriter.write("new, \"text\"\r\n", to: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "new, \"text\"\r\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["notes.csv"])
        #expect(throws: NotesFileError.self) { try NotesFileWriter.write("x", to: folder + "/missing/notes.csv") }
    }
}

/// A strict RFC 4180 reader for checking exports: CRLF between records, quoted fields may hold anything.
enum NotesCSVParser {
    struct Malformed: Error {}

    /// The records of `text`, each a list of fields.
    static func parse(_ text: String) throws -> [[String]] {
        var records: [[String]] = []
        var record: [String] = []
        var field = String.UnicodeScalarView()
        var scalars = Array(text.unicodeScalars)[...]
        var quoted = false
        while let scalar = scalars.popFirst() {
            if quoted {
                if scalar == "\"" {
                    if scalars.first == "\"" { scalars.removeFirst(); field.append("\"") } else { quoted = false }
                } else {
                    field.append(scalar)
                }
                continue
            }
            switch scalar {
            case "\"":
                guard field.isEmpty else { throw Malformed() }
                quoted = true
            case ",":
                record.append(String(field))
                field = String.UnicodeScalarView()
            case "\r":
                guard scalars.popFirst() == "\n" else { throw Malformed() }
                record.append(String(field))
                records.append(record)
                record = []
                field = String.UnicodeScalarView()
            case "\n":
                throw Malformed()
            default:
                field.append(scalar)
            }
        }
        guard !quoted, record.isEmpty, field.isEmpty else { throw Malformed() }
        return records
    }
}
