/// Collects the notes an export covers, each resolved in its article.
public enum NotesGathering {
    /// The notes of these articles, each note once, in article order.
    public static func entries(store: NoteStore, articles: [Article]) throws -> [NoteExportEntry] {
        try placed(store: store, articles: articles).map { NoteExportEntry($0.note, article: articles[$0.article]) }
    }

    /// The notes of these articles placed in them, each with its article's index: each note once, in article order.
    ///
    /// The store is read once, however many articles there are; a note belongs to the first article with its
    /// path or, failing that, its text (a moved file).
    public static func placed(store: NoteStore, articles: [Article]) throws -> [(article: Int, note: ResolvedNote)] {
        let notes = try store.allNotes()
        guard !notes.isEmpty else { return [] }
        var byPath: [String: [Int]] = [:]
        var byHash: [String: [Int]] = [:]
        for (index, note) in notes.enumerated() {
            byPath[note.article.path, default: []].append(index)
            byHash[note.article.contentHash, default: []].append(index)
        }
        var taken = Array(repeating: false, count: notes.count)
        var placed: [(article: Int, note: ResolvedNote)] = []
        for (articleIndex, article) in articles.enumerated() {
            let identity = ArticleIdentity(article: article)
            let indices = Set((byPath[identity.path] ?? []) + (byHash[identity.contentHash] ?? [])).sorted().filter { !taken[$0] }
            guard !indices.isEmpty else { continue }
            for index in indices { taken[index] = true }
            placed += NoteResolver.resolve(indices.map { notes[$0] }, in: article).map { (articleIndex, $0) }
        }
        return placed
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
