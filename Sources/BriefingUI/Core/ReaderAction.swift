/// Something the reader can do, bound to keys in the keymap.
enum ReaderAction: Hashable, Sendable {
    case quit
    case showHelp
    case nextPane
    case previousPane
    case focus(Pane)
    case move(Movement)
    case activate
    case nextStatement
    case previousStatement
    case startSearch
    case nextMatch
    case previousMatch
    case startFilter
    case cycleKindFilter
    case editNote
    case editNoteInEditor
    case exportNotes
    case listNotes
    case cancel
}

/// How far a selection or a scroll moves.
enum Movement: Hashable, Sendable {
    /// One line down.
    case down
    /// One line up.
    case up
    /// To the first line.
    case top
    /// To the last line.
    case bottom
    /// A page down.
    case pageDown
    /// A page up.
    case pageUp
    /// Half a page down.
    case halfPageDown
    /// Half a page up.
    case halfPageUp

    /// The distance in lines for a view `height` lines high, or nil for top and bottom.
    func distance(height: Int) -> Int? {
        let page = max(1, height)
        switch self {
        case .down: return 1
        case .up: return -1
        case .pageDown: return page
        case .pageUp: return -page
        case .halfPageDown: return max(1, page / 2)
        case .halfPageUp: return -max(1, page / 2)
        case .top, .bottom: return nil
        }
    }

    /// The new position of a cursor at `index` in a list of `count` rows shown `height` at a time.
    func apply(to index: Int, count: Int, height: Int) -> Int {
        guard count > 0 else { return 0 }
        switch self {
        case .top: return 0
        case .bottom: return count - 1
        default: return min(count - 1, max(0, index + (distance(height: height) ?? 0)))
        }
    }
}
