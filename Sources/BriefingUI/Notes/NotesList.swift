import BriefingKit

/// The notes overlay: every note of the open briefings, one per row.
struct NotesList: Sendable {
    /// A note with the article it belongs to.
    struct Item: Sendable {
        /// The index of the note's article in the briefing.
        let articleIndex: Int
        /// The note with its speaker and statement as they read now.
        let entry: NoteExportEntry
    }

    /// The notes, article by article.
    let items: [Item]
    /// The row under the cursor.
    var cursor = 0
    /// The first visible row.
    var scroll = 0

    /// What a row says: who or what the note is on, then the note.
    static func label(of item: Item, articleName: String) -> (subject: String, note: String) {
        let entry = item.entry
        let quote = entry.statementText.map { "“" + Truncation.singleLine($0) + "”" }
        let subject: String
        switch entry.placement {
        case .statement, .passage: subject = [entry.speakerName, quote].compactMap { $0 }.joined(separator: " ")
        case .speaker: subject = entry.speakerName ?? "speaker"
        case .article: subject = articleName
        case .detached, .unchecked: subject = "detached: " + (quote ?? entry.speakerName ?? articleName)
        }
        return (subject, Truncation.singleLine(entry.note.text))
    }
}
