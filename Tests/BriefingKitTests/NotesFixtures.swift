import Foundation
@testable import BriefingKit

/// Hand-built articles and temporary folders for the notes tests (no extractor, no shared files).
enum NotesFixtures {
    /// A quote to place in a hand-built article: who says it, its kind, and its exact text.
    struct Quote {
        var speaker: String?
        var kind: StatementKind
        var text: String
    }

    static let sunak = Speaker(id: "rishi-sunak", name: "Rishi Sunak", kind: .person, roles: ["Prime Minister"], aliases: ["Mr Sunak"])
    static let cleverly = Speaker(id: "james-cleverly", name: "James Cleverly", kind: .person, roles: ["Foreign Secretary"])

    static let body = [
        "Rishi Sunak will use talks with Emmanuel Macron to urge France to \u{201C}go further\u{201D} on crossings.",
        "\u{201C}Certainly we are going in the right direction,\u{201D} Mr Sunak said. \u{201C}We must go further.\u{201D}",
        "James Cleverly said: \u{201C}French and the British authorities have worked closely together.\u{201D}",
    ]
    static let bodyQuotes = [
        Quote(speaker: "rishi-sunak", kind: .partial, text: "go further"),
        Quote(speaker: "rishi-sunak", kind: .direct, text: "Certainly we are going in the right direction,"),
        Quote(speaker: "rishi-sunak", kind: .direct, text: "We must go further."),
        Quote(speaker: "james-cleverly", kind: .direct, text: "French and the British authorities have worked closely together."),
    ]

    /// An article made of paragraphs separated by blank lines, with statements s1… at each quote's first
    /// occurrence after the previous one.
    static func article(source: String, paragraphs: [String], quotes: [Quote], speakers: [Speaker] = [sunak, cleverly]) -> Article {
        let text = paragraphs.joined(separator: "\n\n")
        let scalars = Array(text.unicodeScalars)
        var blocks: [Block] = []
        var offset = 0
        for (index, paragraph) in paragraphs.enumerated() {
            let length = paragraph.unicodeScalars.count
            blocks.append(Block(index: index, kind: .paragraph, text: paragraph, range: TextRange(start: offset, end: offset + length)))
            offset += length + 2
        }
        var statements: [Statement] = []
        var searchFrom = 0
        for quote in quotes {
            let needle = Array(quote.text.unicodeScalars)
            guard let start = QuoteMatcher.occurrences(of: needle, in: scalars).first(where: { $0 >= searchFrom }) else {
                fatalError("quote not in the fixture text: \(quote.text)")
            }
            let range = TextRange(start: start, end: start + needle.count)
            let block = blocks.first { $0.range.contains(start) }?.index ?? 0
            statements.append(Statement(
                id: "s\(statements.count + 1)", speakerID: quote.speaker, kind: quote.kind,
                cue: "said", text: quote.text, block: block, range: range))
            searchFrom = range.end
        }
        return Article(source: source, title: "Sunak and Macron", text: text, blocks: blocks, speakers: speakers, statements: statements)
    }

    /// The standard three-paragraph article at `source`.
    static func standard(source: String = "/tmp/brief-fixture/article.txt") -> Article {
        article(source: source, paragraphs: body, quotes: bodyQuotes)
    }

    /// A new empty folder under the system's temporary folder.
    static func temporaryFolder() throws -> String {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("brief-notes-tests-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder
    }

    /// Removes the temporary folder that `path` lies in (made by `temporaryFolder()`).
    static func discard(_ path: String) {
        let root = FileManager.default.temporaryDirectory.path + "/"
        guard path.hasPrefix(root), let folder = path.dropFirst(root.count).split(separator: "/").first,
              folder.hasPrefix("brief-notes-tests-") else { return }
        try? FileManager.default.removeItem(atPath: root + folder)
    }

    /// A fresh store in a new temporary folder.
    static func store() throws -> NoteStore {
        try NoteStore(path: try temporaryFolder() + "/notes.sqlite")
    }

    /// A note text with commas, double quotes, CR/LF and LF line breaks, and non-Latin scripts.
    static let trickyText = "Checked, \"verified\" twice,\nthen \u{201C}again\u{201D};\r\nΕλληνικά, 中文, العربية, русский 🇫🇷\n\n\ttab"
}
