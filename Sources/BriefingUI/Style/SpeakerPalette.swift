/// The colours speakers are told apart by, handed out in order.
enum SpeakerPalette {
    /// The colours, in the order speakers receive them.
    static let colors: [TerminalColor] = [.cyan, .green, .yellow, .magenta, .blue, .red]

    /// The colour of the speaker at a position in the article's speaker list.
    static func color(forSpeakerAt index: Int) -> TerminalColor {
        colors[index % colors.count]
    }
}
