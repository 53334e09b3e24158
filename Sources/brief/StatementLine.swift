import BriefingKit

/// One statement on one line: who, how, and what.
enum StatementLine {
    /// "Name [kind, cue]: “text”" with the text on a single line.
    static func text(for statement: Statement, in article: Article) -> String {
        let speaker = article.speaker(id: statement.speakerID)?.name ?? "(unattributed)"
        let how = [statement.kind.rawValue, statement.cue].compactMap { $0 }.joined(separator: ", ")
        let flat = hasLineBreak(statement.text) ? statement.text.split(whereSeparator: \.isNewline).joined(separator: " ") : String(statement.text)
        return "\(speaker) [\(how)]: “\(flat)”"
    }

    /// Whether the text holds a scalar that `Character.isNewline` is true for (line feed to carriage return, NEL,
    /// line and paragraph separators).
    private static func hasLineBreak(_ text: Substring) -> Bool {
        text.unicodeScalars.contains { (0x0A...0x0D).contains($0.value) || $0.value == 0x85 || $0.value == 0x2028 || $0.value == 0x2029 }
    }
}
