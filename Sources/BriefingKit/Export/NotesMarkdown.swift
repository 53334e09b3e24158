/// Writes notes as Markdown for people: article → speaker → statement quoted in full → note;
/// detached notes in their own section at the end.
public enum NotesMarkdown {
    /// The notes as a Markdown document.
    public static func render(_ entries: [NoteExportEntry]) -> String {
        var output = "# Brief notes\n"
        let placed = entries.filter { $0.placement != .detached }
        let detached = entries.filter { $0.placement == .detached }
        if entries.isEmpty { output += "\nNo notes.\n" }
        for group in byArticle(placed) { output += article(group) }
        if !detached.isEmpty {
            output += "\n## Detached notes\n\nThe text these notes were on is no longer in the article; it is quoted as it was saved.\n"
            for group in byArticle(detached) {
                output += "\n### \(heading(group[0]))\n\nSource: \(group[0].articlePath)\n"
                for entry in group { output += statement(entry, level: "####") }
            }
        }
        return output
    }

    /// One article's section: its own notes, then each speaker with their notes and statements.
    private static func article(_ entries: [NoteExportEntry]) -> String {
        var output = "\n## \(heading(entries[0]))\n\nSource: \(entries[0].articlePath)\n"
        if entries.contains(where: { $0.placement == .unchecked }) {
            output += "\nThe article could not be read; these notes are shown as they were saved.\n"
        }
        let articleNotes = entries.filter { $0.note.target == .article }
        if !articleNotes.isEmpty {
            output += "\n### On the article\n"
            for entry in articleNotes { output += "\n" + entry.note.text + "\n" }
        }
        for group in bySpeaker(entries.filter { $0.note.target != .article }) {
            output += "\n### \(speakerHeading(group[0]))\n"
            for entry in group where entry.note.target == .speaker {
                output += "\n*On \(entry.speakerName ?? "the speaker"):*\n\n" + entry.note.text + "\n"
            }
            for entry in group where entry.note.target == .statement { output += statement(entry, level: nil) }
        }
        return output
    }

    /// A statement quoted in full with its kind, then the note.
    private static func statement(_ entry: NoteExportEntry, level: String?) -> String {
        var output = "\n"
        if let level { output += "\(level) \(speakerHeading(entry))\n\n" }
        let quote = (entry.statementText ?? "").split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        output += quote.map { $0.isEmpty ? ">" : "> " + $0 }.joined(separator: "\n") + "\n>\n"
        var about = [kindLabel(entry.statementKind)]
        if case .passage = entry.placement { about.append("no longer marked as a statement") }
        output += "> — " + about.joined(separator: "; ") + "\n\n" + entry.note.text + "\n"
        return output
    }

    /// The entries grouped by article, in first-seen order.
    private static func byArticle(_ entries: [NoteExportEntry]) -> [[NoteExportEntry]] {
        grouped(entries) { $0.articlePath }
    }

    /// The entries grouped by speaker: speakers in text order of their first statement, speaker-only groups after.
    private static func bySpeaker(_ entries: [NoteExportEntry]) -> [[NoteExportEntry]] {
        let ordered = entries.enumerated().sorted { lhs, rhs in
            let left = lhs.element.statementRange?.start ?? Int.max, right = rhs.element.statementRange?.start ?? Int.max
            return (left, lhs.offset) < (right, rhs.offset)
        }.map(\.element)
        return grouped(ordered) { $0.speakerName ?? "" }
    }

    /// Groups in the order their keys first appear.
    private static func grouped(_ entries: [NoteExportEntry], by key: (NoteExportEntry) -> String) -> [[NoteExportEntry]] {
        var order: [String] = []
        var groups: [String: [NoteExportEntry]] = [:]
        for entry in entries {
            let name = key(entry)
            if groups[name] == nil { order.append(name) }
            groups[name, default: []].append(entry)
        }
        return order.compactMap { groups[$0] }
    }

    private static func heading(_ entry: NoteExportEntry) -> String {
        entry.articleTitle ?? entry.articlePath.split(separator: "/").last.map(String.init) ?? entry.articlePath
    }

    private static func speakerHeading(_ entry: NoteExportEntry) -> String {
        guard let name = entry.speakerName else { return "Unattributed" }
        guard let role = entry.speakerRole else { return name }
        return "\(name), \(role)"
    }

    private static func kindLabel(_ kind: StatementKind?) -> String {
        switch kind {
        case .direct: return "direct quote"
        case .partial: return "partial quote"
        case .reported: return "reported speech"
        case .stance: return "stance"
        case nil: return "statement"
        }
    }
}
