import BriefingKit

/// The readable text form of `brief extract`: the speakers, then the statements.
enum ArticleListing {
    /// The listing for one article, ending with a newline.
    static func text(for article: Article) -> String {
        var lines = [VisibleText.clean(article.source), ""]
        lines.append("Speakers (\(article.speakers.count))")
        for speaker in article.speakers {
            let role = speaker.primaryRole.map { ", \($0)" } ?? ""
            let count = speaker.statementCount == 1 ? "1 statement" : "\(speaker.statementCount) statements"
            lines.append(VisibleText.clean("  \(speaker.name) (\(speaker.kind.rawValue)\(role)): \(count)"))
        }
        lines.append("")
        lines.append("Statements (\(article.statements.count))")
        for statement in article.statements {
            lines.append("  " + VisibleText.clean(StatementLine.text(for: statement, in: article)))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
