/// One of the reader's panes.
enum Pane: Int, Hashable, Sendable, CaseIterable {
    case article = 1
    case speakers = 2
    case positions = 3
    case briefings = 4

    /// The number key that jumps to the pane.
    var number: Int { rawValue }

    /// The pane's name in its title and in the help.
    var name: String {
        switch self {
        case .article: return "Article"
        case .speakers: return "Speakers"
        case .positions: return "Positions"
        case .briefings: return "Briefings"
        }
    }
}
