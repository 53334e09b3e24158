import BriefingKit

/// A speaker as the Speakers pane lists it: with the statements that pass the filters.
struct SpeakerRow: Sendable {
    /// The speaker.
    let speaker: Speaker
    /// How many of their statements pass the kind filter.
    let count: Int
    /// The speaker's colour.
    let color: TerminalColor
    /// In All briefings, how many articles the speaker appears in; nil for one article.
    var articleCount: Int? = nil
}
