import BriefingUI

/// Makes article text safe to print on one terminal line.
enum VisibleText {
    /// The text with line breaks and tabs as spaces, and controls and bidi overrides as visible placeholders.
    static func clean(_ text: String) -> String {
        let flat = String(text.unicodeScalars.map { scalar -> Character in
            scalar == "\n" || scalar == "\r" || scalar == "\t" ? " " : Character(scalar)
        })
        return TerminalSafety.sanitize(flat)
    }
}
