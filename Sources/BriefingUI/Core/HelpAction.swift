/// Something the help overlay does with a key.
enum HelpAction: Hashable, Sendable {
    /// Scrolls the help text.
    case scroll(Movement)
    /// Closes the help.
    case close
}
