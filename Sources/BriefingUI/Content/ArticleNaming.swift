import BriefingKit

/// How an article is named in lists and the status bar.
enum ArticleNaming {
    /// What an article is listed as: its title, else its first line, else its file name.
    static func name(of article: Article) -> String {
        if let title = article.title, !title.trimmingSpaces.isEmpty { return Truncation.singleLine(title) }
        if let first = article.blocks.first(where: { !$0.text.trimmingSpaces.isEmpty }) { return Truncation.singleLine(first.text) }
        return fileName(of: article.source)
    }

    /// The last component of a path.
    static func fileName(of path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }
}
