import CNCursesW

/// The wide characters curses draws for a cell's text, with anything unsafe made visible.
enum CellGlyph {
    /// The most characters a `cchar_t` holds: one spacing character and its combining marks.
    private static let capacity = Int(CCHARW_MAX) - 1

    /// The spacing character then combining marks for `text`, zero-terminated for `setcchar`.
    ///
    /// Control characters (C0, DEL, C1) and invisible format characters such as bidi
    /// overrides never reach the terminal: they are shown as a placeholder.
    static func wideCharacters(for text: String) -> [wchar_t] {
        var scalars = text.unicodeScalars.makeIterator()
        guard let first = scalars.next() else { return [wchar_t(0x20), 0] }
        var result = [visible(first)]
        while let next = scalars.next(), result.count < capacity {
            guard isCombiningMark(next) else { break }
            result.append(wchar_t(next.value))
        }
        result.append(0)
        return result
    }

    /// The scalar itself when it is printable on its own, otherwise a placeholder.
    private static func visible(_ scalar: Unicode.Scalar) -> wchar_t {
        switch scalar.value {
        case 0..<0x20: return wchar_t(0x2400 + scalar.value)
        case 0x7F: return 0x2421
        default:
            return wcwidth(wchar_t(scalar.value)) > 0 ? wchar_t(scalar.value) : 0xFFFD
        }
    }

    /// Whether the scalar draws on top of the character before it.
    private static func isCombiningMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark: return true
        default: return false
        }
    }
}
