/// The styles every widget draws with; colours drop out when colours are off, attributes stay.
struct Theme: Sendable {
    /// Whether colours are drawn at all (false under NO_COLOR).
    let colorsEnabled: Bool

    /// A style with the colour only when colours are enabled.
    func colored(_ foreground: TerminalColor?, background: TerminalColor? = nil, _ base: CellStyle = .plain) -> CellStyle {
        var style = base
        if colorsEnabled {
            style.foreground = foreground
            style.background = background
        }
        return style
    }

    /// The frame of a pane without focus.
    var border: CellStyle { CellStyle(dim: true) }
    /// The frame of the focused pane.
    var focusedBorder: CellStyle { colored(.cyan, CellStyle(bold: true)) }
    /// A pane title without focus.
    var title: CellStyle { CellStyle(bold: true) }
    /// The focused pane's title.
    var focusedTitle: CellStyle { colored(.cyan, CellStyle(bold: true, reverse: true)) }
    /// Secondary text: roles, counts, set-apart blocks.
    var dim: CellStyle { CellStyle(dim: true) }
    /// Article headings.
    var heading: CellStyle { CellStyle(bold: true) }
    /// The list row under the cursor in the focused pane.
    var cursor: CellStyle { CellStyle(reverse: true) }
    /// The status bar.
    var statusBar: CellStyle { CellStyle(reverse: true) }
    /// Notices such as "terminal too small".
    var notice: CellStyle { colored(.yellow, CellStyle(bold: true)) }

    /// A statement's text in its speaker's colour (nil colour for nobody).
    func statement(_ color: TerminalColor?) -> CellStyle { colored(color, CellStyle(bold: true)) }

    /// Adds the "selected statement" look to a style.
    func selectingStatement(_ style: CellStyle) -> CellStyle {
        var selected = style
        selected.reverse = true
        return selected
    }

    /// Adds the "search match" look to a style.
    func matchingSearch(_ style: CellStyle) -> CellStyle {
        var matched = style
        matched.underline = true
        if colorsEnabled {
            matched.foreground = .black
            matched.background = .yellow
        }
        return matched
    }
}
