/// An edit to an input line, bound to keys in `Keymaps.input`.
enum InputEdit: Hashable, Sendable {
    case accept
    case cancel
    case moveLeft
    case moveRight
    case moveToStart
    case moveToEnd
    case deleteBackward
    case deleteForward
    case deleteWordBackward
    case deleteToStart
    case deleteToEnd
}

/// A one-line text field with a cursor, as used for search and filter.
struct InputLine: Hashable, Sendable {
    /// The text, one grapheme per element.
    private(set) var characters: [Character]
    /// The cursor position, from 0 (before the first grapheme) to `characters.count`.
    private(set) var cursor: Int

    /// Creates a line holding `text` with the cursor at its end.
    init(_ text: String = "") {
        characters = Array(text)
        cursor = characters.count
    }

    /// The line's text.
    var text: String { String(characters) }

    /// Inserts a grapheme at the cursor.
    mutating func insert(_ character: Character) {
        characters.insert(character, at: cursor)
        cursor += 1
    }

    /// Applies an editing key; accept and cancel are left to the caller.
    mutating func apply(_ edit: InputEdit) {
        switch edit {
        case .accept, .cancel: break
        case .moveLeft: cursor = max(0, cursor - 1)
        case .moveRight: cursor = min(characters.count, cursor + 1)
        case .moveToStart: cursor = 0
        case .moveToEnd: cursor = characters.count
        case .deleteBackward:
            guard cursor > 0 else { return }
            characters.remove(at: cursor - 1)
            cursor -= 1
        case .deleteForward:
            guard cursor < characters.count else { return }
            characters.remove(at: cursor)
        case .deleteWordBackward:
            var start = cursor
            while start > 0, characters[start - 1].isWhitespace { start -= 1 }
            while start > 0, !characters[start - 1].isWhitespace { start -= 1 }
            characters.removeSubrange(start..<cursor)
            cursor = start
        case .deleteToStart:
            characters.removeSubrange(0..<cursor)
            cursor = 0
        case .deleteToEnd:
            characters.removeSubrange(cursor...)
        }
    }
}
