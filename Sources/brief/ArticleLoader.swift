import BriefingKit
import Foundation

/// Reads and analyses the articles a command line names, reporting problems on standard error.
enum ArticleLoader {
    /// Expands folders, then reads and analyses each file in turn, handing each article to `body`.
    ///
    /// For output that streams (`extract`): one article in memory at a time, never cached.
    /// Returns whether any input failed (a skipped file in a folder is not a failure).
    static func forEach(in paths: [String], _ body: (Article) -> Void) -> Bool {
        var failed = false
        let extractor = Extractor()
        for path in paths {
            let expanded = DocumentReader.expand(paths: [path])
            failed = report(expanded, given: [path]) || failed
            for file in expanded.files {
                do {
                    let article = extractor.analyse(try DocumentReader.read(path: file))
                    reportNotice(of: article)
                    body(article)
                } catch {
                    StandardError.write("brief: \(error)")
                    failed = true
                }
            }
        }
        return failed
    }

    /// The whole library at once, loaded on every core through the extraction cache, and whether any input failed.
    static func loadLibrary(_ paths: [String]) -> (library: Library, failed: Bool) {
        let library = LibraryLoader.loadAll(paths: paths)
        var failed = report(ExpandedPaths(files: library.files, errors: library.expansionErrors, skipped: library.skipped), given: paths)
        for entry in library.entries {
            switch entry {
            case .loaded(let article): reportNotice(of: article)
            case .failed(let error):
                StandardError.write("brief: \(error)")
                failed = true
            case .pending: break
            }
        }
        return (library, failed)
    }

    /// All the articles at once, in path order, and whether any input failed.
    static func load(_ paths: [String]) -> (articles: [Article], failed: Bool) {
        let loaded = loadLibrary(paths)
        return (loaded.library.articles, loaded.failed)
    }

    /// Writes expansion errors, skipped files and empty folders to standard error; true when any path failed.
    private static func report(_ expanded: ExpandedPaths, given paths: [String]) -> Bool {
        for error in expanded.errors { StandardError.write("brief: \(error)") }
        for notice in expanded.notices { StandardError.write("brief: \(notice)") }
        var failed = !expanded.errors.isEmpty
        for path in paths where isFolder(path) && !expanded.files.contains(where: { $0.hasPrefix(path) }) {
            StandardError.write("brief: \(path): no .txt or .md files in this folder")
            failed = true
        }
        return failed
    }

    /// Writes an article's decoding notice, if any, to standard error.
    private static func reportNotice(of article: Article) {
        if let notice = article.decodingNotice { StandardError.write("brief: \(notice)") }
    }

    /// Whether a path names an existing folder.
    private static func isFolder(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}
