/// Collects the notes an export covers, each resolved in its article.
public enum NotesGathering {
    /// The notes of these articles, each note once, in article order.
    public static func entries(store: NoteStore, articles: [Article]) throws -> [NoteExportEntry] {
        var seen = Set<Int64>()
        var entries: [NoteExportEntry] = []
        for article in articles {
            for resolved in try store.notes(forArticle: article) where seen.insert(resolved.id).inserted {
                entries.append(NoteExportEntry(resolved, article: article))
            }
        }
        return entries
    }

    /// Every stored note; each article is loaded from its saved path by `load`, nil when it cannot be read.
    public static func allEntries(store: NoteStore, load: (String) -> Article?) throws -> [NoteExportEntry] {
        var byPath: [String: [Note]] = [:]
        var paths: [String] = []
        for note in try store.allNotes() {
            if byPath[note.article.path] == nil { paths.append(note.article.path) }
            byPath[note.article.path, default: []].append(note)
        }
        return paths.flatMap { path -> [NoteExportEntry] in
            let notes = byPath[path] ?? []
            guard let article = load(path) else {
                return notes.map { NoteExportEntry(ResolvedNote(note: $0, placement: .unchecked), article: nil) }
            }
            return NoteResolver.resolve(notes, in: article).map { NoteExportEntry($0, article: article) }
        }
    }
}
