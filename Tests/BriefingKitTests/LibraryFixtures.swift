import Foundation
@testable import BriefingKit

/// A temporary folder of generated articles and a private cache folder, removed by `remove()`.
struct LibraryFixture {
    /// The folder holding the articles.
    let articles: String
    /// The cache folder, private to this fixture.
    let cache: String
    /// How many articles were written.
    let count: Int

    /// Writes `count` generated articles to a fresh temporary folder.
    init(count: Int = 300) throws {
        let root = (NSTemporaryDirectory() as NSString).appendingPathComponent("brief-library-test-\(UUID().uuidString)")
        articles = (root as NSString).appendingPathComponent("articles")
        cache = (root as NSString).appendingPathComponent("cache")
        self.count = count
        try LibraryCorpus.write(to: articles, count: count)
    }

    /// The cache policy pointing at the private cache folder.
    var policy: CachePolicy { .directory(cache) }

    /// Loads the whole library, blocking.
    func load() -> Library {
        LibraryLoader.loadAll(paths: [articles], cache: policy)
    }

    /// The one cache file the library wrote.
    var cacheFile: String {
        (cache as NSString).appendingPathComponent(ExtractionCache.fileName(roots: [articles]))
    }

    /// The absolute path of article `index`.
    func path(of index: Int) -> String {
        (articles as NSString).appendingPathComponent(LibraryCorpus.path(of: index))
    }

    /// Deletes everything the fixture wrote.
    func remove() {
        try? FileManager.default.removeItem(atPath: (articles as NSString).deletingLastPathComponent)
    }
}

/// An article made by hand with the given speakers and one statement per speaker, for merge tests.
func handmadeArticle(_ path: String, speakers: [(name: String, kind: SpeakerKind)]) -> Article {
    var text = ""
    var statements: [Statement] = []
    var made: [Speaker] = []
    for (index, speaker) in speakers.enumerated() {
        let id = "speaker-\(index)"
        let quote = "Statement \(index) of \(path)."
        let start = text.unicodeScalars.count + 1
        text += "\"\(quote)\" said \(speaker.name).\n\n"
        made.append(Speaker(id: id, name: speaker.name, kind: speaker.kind, roles: ["role \(index)"], aliases: [], statementCount: 1))
        statements.append(Statement(
            id: "s\(index)", speakerID: id, kind: .direct, cue: "said", text: quote, block: index,
            range: TextRange(start: start, end: start + quote.unicodeScalars.count)))
    }
    return Article(source: path, title: path, text: text, blocks: [], speakers: made, statements: statements)
}
