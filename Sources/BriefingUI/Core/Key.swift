/// A key press or terminal event, independent of any terminal library.
public enum Key: Hashable, Sendable {
    /// A printable character (letters, digits, punctuation, any Unicode text).
    case character(Character)
    /// A control chord, Ctrl plus a lowercase letter ("d" for Ctrl-D).
    case control(Character)
    /// An arrow key.
    case up, down, left, right
    /// A navigation key.
    case home, end, pageUp, pageDown
    /// An editing or control key (`backTab` is Shift-Tab).
    case enter, escape, tab, backTab, backspace, delete
    /// A function key F1…F12.
    case function(Int)
    /// The terminal was resized to the given number of columns and rows.
    case resize(columns: Int, rows: Int)
}
