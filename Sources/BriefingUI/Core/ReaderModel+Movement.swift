import BriefingKit

/// Moving the cursor or the scroll position of the focused pane.
extension ReaderModel {
    /// Moves within the focused pane: scrolls the article, or moves a list's cursor.
    mutating func move(_ movement: Movement) {
        let height = contentHeight(of: focus)
        switch focus {
        case .article:
            guard let layout = currentArticleLayout else { return }
            let maximum = layout.maxScroll(height: height)
            switch movement {
            case .top: scrollOffsets[.article] = 0
            case .bottom: scrollOffsets[.article] = maximum
            default: scrollOffsets[.article] = min(maximum, max(0, scroll(of: .article) + (movement.distance(height: height) ?? 0)))
            }
        case .speakers:
            let rows = speakerRows
            guard !rows.isEmpty else { return }
            let index = movement.apply(to: speakerCursorIndex(in: rows), count: rows.count, height: height)
            speakerCursorID = rows[index].speaker.id
            scrollOffsets[.speakers] = ListScrolling.offset(scroll(of: .speakers), keeping: index, count: rows.count, height: height)
        case .positions:
            if showsAllBriefings { return moveLibraryPosition(movement) }
            let list = positions
            guard !list.isEmpty else { return }
            let index: Int
            if let current = list.firstIndex(where: { $0.id == selectedStatementID }) {
                index = movement.apply(to: current, count: list.count, height: height)
            } else {
                index = movement == .bottom ? list.count - 1 : 0
            }
            selectedStatementID = list[index].id
            scrollOffsets[.positions] = ListScrolling.offset(scroll(of: .positions), keeping: index, count: list.count, height: height)
        case .briefings:
            let rows = briefingListRows
            guard !rows.isEmpty else { return }
            let index = movement.apply(to: rows.firstIndex(of: briefingCursor) ?? 0, count: rows.count, height: height)
            briefingCursor = rows[index]
            scrollOffsets[.briefings] = ListScrolling.offset(scroll(of: .briefings), keeping: index, count: rows.count, height: height)
        }
    }

    /// Scrolls the article so a range of it is in view, a little below the top when it was not.
    mutating func reveal(_ range: TextRange) {
        guard let layout = currentArticleLayout, let lines = layout.lines(covering: range) else { return }
        let height = contentHeight(of: .article)
        let top = scroll(of: .article)
        if lines.lowerBound >= top, lines.upperBound < top + height { return }
        let margin = lines.count < height ? min(height / 4, height - lines.count) : 0
        scrollOffsets[.article] = min(layout.maxScroll(height: height), max(0, lines.lowerBound - margin))
    }

    /// The article offset at the top of the article view, where "next from here" starts.
    var offsetAtTopOfArticle: Int {
        currentArticleLayout?.firstOffset(fromLine: scroll(of: .article)) ?? 0
    }
}
