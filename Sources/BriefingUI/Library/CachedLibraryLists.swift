import BriefingKit

/// The Speakers and Positions panes' lists in All briefings for one filter and speaker, kept between keys.
struct CachedLibraryLists: Sendable {
    /// The merge they were made from (`LibraryState.generation`).
    let generation: Int
    /// The folded filter text.
    let query: String
    /// The statement kind filter.
    let kind: StatementKind?
    /// The Speakers pane's rows.
    let rows: [SpeakerRow]
    /// The merged speaker the Positions pane follows.
    let followedID: String?
    /// The Positions pane's statements.
    let positions: [LibraryStatementRef]
}
