/// Keys while the help is open.
extension ReaderModel {
    /// Scrolls or closes the help overlay.
    mutating func handleHelp(_ key: Key, scroll: Int) {
        guard let action = Keymaps.help.action(for: key) else { return }
        switch action {
        case .close:
            helpScroll = nil
        case .scroll(let movement):
            let height = HelpOverlay.contentHeight(columns: size.columns, rows: size.rows)
            let maximum = max(0, HelpOverlay.lineCount(columns: size.columns, rows: size.rows) - height)
            switch movement {
            case .top: helpScroll = 0
            case .bottom: helpScroll = maximum
            default: helpScroll = min(maximum, max(0, scroll + (movement.distance(height: height) ?? 0)))
            }
        }
    }
}
