import BriefingKit

/// One statement on one line: who, how, and what.
enum StatementLine {
    /// "Name [kind, cue]: “text”" with the text on a single line.
    static func text(for statement: Statement, in article: Article) -> String {
        let speaker = article.speaker(id: statement.speakerID)?.name ?? "(unattributed)"
        let how = [statement.kind.rawValue, statement.cue].compactMap { $0 }.joined(separator: ", ")
        let flat = statement.text.split(whereSeparator: \.isNewline).joined(separator: " ")
        return "\(speaker) [\(how)]: “\(flat)”"
    }
}
