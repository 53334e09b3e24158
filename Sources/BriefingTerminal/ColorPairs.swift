import BriefingUI
import CNCursesW

/// Gives out curses colour pairs for the colour combinations a grid uses.
struct ColorPairs {
    /// Whether colours are drawn at all (off for `NO_COLOR` or a monochrome terminal).
    let enabled: Bool
    /// Whether the terminal accepts -1 as "its own colour" (otherwise white on black stands in).
    private var hasDefaultColors = false
    private var assigned: [ColorKey: Int16] = [:]

    /// Foreground and background of one pair.
    private struct ColorKey: Hashable {
        let foreground: TerminalColor?
        let background: TerminalColor?
    }

    /// Starts colour when the terminal has it and `NO_COLOR` is unset or empty.
    init(environment: [String: String]) {
        guard ColorPreference.colorsWanted(environment: environment), has_colors() else {
            enabled = false
            return
        }
        start_color()
        hasDefaultColors = use_default_colors() == OK
        enabled = true
    }

    /// The pair for a style's colours, allocating one on first use; 0 (the default pair) when out of pairs.
    mutating func pair(for style: CellStyle) -> Int16 {
        guard enabled, style.foreground != nil || style.background != nil else { return 0 }
        let key = ColorKey(foreground: style.foreground, background: style.background)
        if let pair = assigned[key] { return pair }
        let next = assigned.count + 1
        guard next < min(Int(brief_color_pairs()), Int(Int16.max)) else { return 0 }
        let pair = Int16(next)
        init_pair(pair, cursesColor(style.foreground, fallback: .white), cursesColor(style.background, fallback: .black))
        assigned[key] = pair
        return pair
    }

    /// The curses number of a colour; nil is the terminal's default (-1) where it has one.
    private func cursesColor(_ color: TerminalColor?, fallback: TerminalColor) -> Int16 {
        Int16((color ?? (hasDefaultColors ? nil : fallback))?.rawValue ?? -1)
    }

    /// The curses attributes for a style's bold, dim, reverse, underline and italic.
    static func attributes(for style: CellStyle) -> attr_t {
        var attributes = brief_a_normal()
        if style.bold { attributes |= brief_a_bold() }
        if style.dim { attributes |= brief_a_dim() }
        if style.reverse { attributes |= brief_a_reverse() }
        if style.underline { attributes |= brief_a_underline() }
        if style.italic { attributes |= brief_a_italic() }
        return attributes
    }
}
