import BriefingUI

/// Makes article text safe to print on one terminal line.
enum VisibleText {
    /// The text with line breaks and tabs as spaces, and controls and bidi overrides as visible placeholders.
    static func clean(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) else { return TerminalSafety.sanitize(text) }
        var flat = String.UnicodeScalarView()
        for scalar in text.unicodeScalars { flat.append(scalar == "\n" || scalar == "\r" || scalar == "\t" ? " " : scalar) }
        return TerminalSafety.sanitize(String(flat))
    }
}
