/// Keeps text from carrying terminal control sequences: controls become visible placeholders.
public enum TerminalSafety {
    /// The text with C0/C1 controls, DEL and bidi overrides replaced by visible symbols.
    ///
    /// C0 controls become their control pictures (ESC → ␛), DEL becomes ␡, and C1
    /// controls and bidi embedding/override/isolate characters become �.
    public static func sanitize(_ text: some StringProtocol) -> String {
        guard text.unicodeScalars.contains(where: isUnsafe) else { return String(text) }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            scalars.append(isUnsafe(scalar) ? placeholder(for: scalar) : scalar)
        }
        return String(scalars)
    }

    /// Whether a scalar could change the terminal's state or the direction of text.
    public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }

    /// The visible symbol drawn instead of an unsafe scalar.
    private static func placeholder(for scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar.value {
        case 0x00...0x1F: return Unicode.Scalar(0x2400 + scalar.value) ?? "\u{FFFD}"
        case 0x7F: return "\u{2421}"
        default: return "\u{FFFD}"
        }
    }
}
