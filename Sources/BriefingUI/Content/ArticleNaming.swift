import BriefingKit

/// How an article is named in lists and the status bar.
enum ArticleNaming {
    /// The most characters of a title or first line a name keeps: more than any pane shows, so a long paragraph is not reflowed per row.
    static let maximumLength = 200

    /// What an article is listed as: its title, else its first line (their first `maximumLength` characters), else its file name.
    static func name(of article: Article) -> String {
        if let title = article.title, !title.trimmingSpaces.isEmpty { return Truncation.singleLine(title.prefix(maximumLength)) }
        if let first = article.blocks.first(where: { !$0.text.trimmingSpaces.isEmpty }) {
            return Truncation.singleLine(first.text.prefix(maximumLength))
        }
        return fileName(of: article.source)
    }

    /// The last component of a path.
    static func fileName(of path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }
}
