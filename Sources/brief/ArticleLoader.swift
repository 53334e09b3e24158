import BriefingKit

/// Reads and analyses the articles a command line names, reporting problems on standard error.
enum ArticleLoader {
    /// Expands folders, then reads and analyses each file in turn, handing each article to `body`.
    ///
    /// Errors, files skipped inside folders and decoding notices go to standard error, naming
    /// the file. Returns whether any input failed (a skipped file in a folder is not a failure);
    /// the other files are still processed.
    static func forEach(in paths: [String], _ body: (Article) -> Void) -> Bool {
        var failed = false
        let extractor = Extractor()
        for path in paths {
            let expanded = DocumentReader.expand(paths: [path])
            for error in expanded.errors {
                StandardError.write("brief: \(error)")
                failed = true
            }
            for notice in expanded.notices { StandardError.write("brief: \(notice)") }
            if expanded.errors.isEmpty, expanded.files.isEmpty {
                StandardError.write("brief: \(path): no .txt or .md files in this folder")
                failed = true
            }
            for file in expanded.files {
                do {
                    let article = extractor.analyse(try DocumentReader.read(path: file))
                    if let notice = article.decodingNotice { StandardError.write("brief: \(file): \(notice)") }
                    body(article)
                } catch {
                    StandardError.write("brief: \(error)")
                    failed = true
                }
            }
        }
        return failed
    }

    /// All the articles at once, and whether any input failed.
    static func load(_ paths: [String]) -> (articles: [Article], failed: Bool) {
        var articles: [Article] = []
        let failed = forEach(in: paths) { articles.append($0) }
        return (articles, failed)
    }
}
