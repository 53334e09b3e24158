import BriefingKit

/// Reading articles for `brief notes` and gathering their notes.
enum NotesArticles {
    /// The article at `path`, read and analysed.
    static func load(_ path: String) throws -> Article {
        Extractor().analyse(try DocumentReader.read(path: path))
    }

    /// The notes to list or export: those of the articles at `paths` (files or folders), or every note when none are given.
    static func entries(store: NoteStore?, paths: [String]) throws -> [NoteExportEntry] {
        guard let store else { return [] }
        guard !paths.isEmpty else {
            return try NotesGathering.allEntries(store: store) { try? load($0) }
        }
        let (articles, failed) = ArticleLoader.load(paths)
        if failed && articles.isEmpty { throw NotesFailure.noArticles }
        return try NotesGathering.entries(store: store, articles: articles)
    }
}

/// A `brief notes` failure with a message for a person.
enum NotesFailure: Error, CustomStringConvertible {
    /// None of the given paths could be read as an article.
    case noArticles

    /// The message shown.
    var description: String {
        switch self {
        case .noArticles: return "none of the given paths could be read as an article"
        }
    }
}
