/// Finds where stored notes land in an article as it reads now (re-anchoring).
public enum NoteResolver {
    /// Each note placed in `article`, in the order given.
    public static func resolve(_ notes: [Note], in article: Article) -> [ResolvedNote] {
        notes.map { ResolvedNote(note: $0, placement: placement(of: $0, in: article)) }
    }

    /// Where one note lands in `article`.
    public static func placement(of note: Note, in article: Article) -> NotePlacement {
        switch note.target {
        case .article:
            return .article
        case .speaker:
            return speaker(of: note, in: article).map { .speaker(id: $0.id) } ?? .detached
        case .statement:
            guard let anchor = note.anchor, let range = QuoteMatcher.locate(anchor, in: article.scalars) else {
                return .detached
            }
            guard let statement = statement(covering: range, in: article) else { return .passage(range) }
            return .statement(id: statement.id, range: range)
        }
    }

    /// The note's speaker by id, else by name or alias (ids are slugs that change with the name).
    static func speaker(of note: Note, in article: Article) -> Speaker? {
        if let found = article.speaker(id: note.speakerID) { return found }
        guard let name = note.speakerName?.lowercased() else { return nil }
        return article.speakers.first { speaker in
            speaker.name.lowercased() == name || speaker.aliases.contains { $0.lowercased() == name }
        }
    }

    /// The statement sharing the most text with `range`; the nearest start breaks ties.
    static func statement(covering range: TextRange, in article: Article) -> Statement? {
        var best: (statement: Statement, overlap: Int, distance: Int)?
        for statement in article.statements where statement.range.overlaps(range) {
            let overlap = min(statement.range.end, range.end) - max(statement.range.start, range.start)
            let distance = abs(statement.range.start - range.start)
            if let current = best, (current.overlap, -current.distance) >= (overlap, -distance) { continue }
            best = (statement, overlap, distance)
        }
        return best?.statement
    }
}
