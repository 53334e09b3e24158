/// Shortens text to a width in display cells, marking the cut with an ellipsis.
public enum Truncation {
    /// The terminal-safe text, cut to at most `width` cells with "…" at the end when it did not fit.
    public static func fit(_ text: some StringProtocol, width: Int) -> String {
        guard width > 0 else { return "" }
        let safe = TerminalSafety.sanitize(text)
        guard DisplayWidth.of(safe) > width else { return safe }
        var result = ""
        var used = 0
        for character in safe {
            let characterWidth = DisplayWidth.of(character)
            if used + characterWidth > width - 1 { break }
            result.append(character)
            used += characterWidth
        }
        return result + "…"
    }

    /// The text with every run of whitespace, line breaks included, made a single space.
    static func singleLine(_ text: some StringProtocol) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
