import BriefingKit
@testable import BriefingUI

/// A small library for All briefings tests: the bridge story and a ferry story that quotes Ana Lima again.
enum LibraryFixtures {
    /// A second story: Ana Lima (again) and Sam Cole.
    static let ferry: Article = {
        var builder = ArticleBuilder()
        builder.source = "fixtures/ferry.txt"
        builder.block(.paragraph, "The ferry to the island will run every hour from May, the port said.")
        builder.block(.paragraph, "“The island deserves a real timetable,” said Mayor Ana Lima.")
        builder.block(.paragraph, "Sam Cole, who runs the ferry company, said fuel costs were still rising.")
        builder.speaker("ana-lima", "Ana Lima", roles: ["Mayor"])
        builder.speaker("sam-cole", "Sam Cole")
        builder.statement("s1", by: "ana-lima", .direct, "The island deserves a real timetable,")
        builder.statement("s2", by: "sam-cole", .reported, "fuel costs were still rising")
        return builder.build()
    }()

    /// The articles of the library, in path order.
    static let articles = [Fixtures.bridge, ferry]

    /// A library of `articles` whose files are all still pending.
    static func pendingLibrary(_ articles: [Article] = articles) -> Library {
        Library(ExpandedPaths(files: articles.map(\.source)))
    }

    /// The update that loads `articles[range]` (those before it loaded already), with the speakers merged as the loader does.
    static func update(_ articles: [Article] = articles, loading range: Range<Int>) -> LibraryUpdate {
        var progress = LibraryProgress(total: articles.count)
        progress.done = range.upperBound
        if range.upperBound == articles.count { progress.cacheSave = .unchanged }
        let loadedSoFar: [LibraryEntry] = articles.indices.map { $0 < range.upperBound ? .loaded(articles[$0]) : .pending }
        return LibraryUpdate(
            firstIndex: range.lowerBound, entries: articles[range].map { .loaded($0) }, progress: progress,
            speakers: LibrarySpeakers(entries: loadedSoFar))
    }

    /// A reader on the fully loaded library, colours off.
    static func reader(columns: Int = 100, rows: Int = 16, notes: NoteStore? = nil) -> ReaderModel {
        var reader = ReaderModel(library: pendingLibrary(), colorsEnabled: false, columns: columns, rows: rows, notes: notes)
        reader.apply([update(loading: 0..<articles.count)])
        return reader
    }
}
