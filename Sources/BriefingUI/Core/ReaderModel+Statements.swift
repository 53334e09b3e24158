import BriefingKit

/// Jumping between statements: `]`, `[` and Enter on a position.
extension ReaderModel {
    /// Selects the next or previous statement in the Positions pane and shows it in the article.
    ///
    /// From no selection, `]` goes to the first statement at or below the top of the article view.
    mutating func stepStatement(forward: Bool) {
        if showsAllBriefings { return stepLibraryStatement(forward: forward) }
        let list = positions
        guard !list.isEmpty else { return }
        let target: Statement?
        if let current = selectedStatement {
            if let index = list.firstIndex(where: { $0.id == current.id }) {
                target = list[min(list.count - 1, max(0, index + (forward ? 1 : -1)))]
            } else {
                target = forward ? list.first { $0.range.start > current.range.start } : list.last { $0.range.start < current.range.start }
            }
        } else {
            let top = offsetAtTopOfArticle
            target = forward ? list.first { $0.range.start >= top } : list.last { $0.range.start < top }
        }
        if let target { select(target) }
    }

    /// Makes a statement the selected one: highlighted, in view in the article and in the Positions pane.
    mutating func select(_ statement: Statement) {
        selectedStatementID = statement.id
        reveal(statement.range)
        keepSelectedStatementVisible()
    }
}
