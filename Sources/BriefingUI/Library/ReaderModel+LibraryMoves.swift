import BriefingKit

/// Moving through a speaker's statements across articles in All briefings.
extension ReaderModel {
    /// `]` / `[` in All briefings: the next or previous statement of the followed speaker, opening its article.
    mutating func stepLibraryStatement(forward: Bool) {
        let list = libraryPositions
        guard !list.isEmpty else { return }
        let target: LibraryStatementRef?
        if let current = selectedReference {
            if let index = list.firstIndex(of: current) {
                target = list[min(list.count - 1, max(0, index + (forward ? 1 : -1)))]
            } else {
                target = forward ? list.first { $0 > current } : list.last { $0 < current }
            }
        } else {
            target = forward ? list.first : list.last
        }
        if let target { open(target) }
    }

    /// Moves the Positions cursor in All briefings, opening each statement's article.
    mutating func moveLibraryPosition(_ movement: Movement) {
        let list = libraryPositions
        guard !list.isEmpty else { return }
        let index = selectedReference.flatMap { list.firstIndex(of: $0) }
            .map { movement.apply(to: $0, count: list.count, height: contentHeight(of: .positions)) }
            ?? (movement == .bottom ? list.count - 1 : 0)
        open(list[index])
    }

    /// Opens the article of a statement of the library and selects the statement there.
    mutating func open(_ reference: LibraryStatementRef) {
        guard let index = libraryState.articleOfEntry[reference.article], let statement = libraryState.library.statement(reference) else { return }
        if index != articleIndex { showArticle(at: index) }
        select(statement)
    }

    /// Scrolls the Positions pane in All briefings so the selected statement's row shows.
    mutating func keepSelectedReferenceVisible() {
        let list = libraryPositions
        scrollOffsets[.positions] = ListScrolling.offset(
            scroll(of: .positions), keeping: selectedReference.flatMap { list.firstIndex(of: $0) },
            count: list.count, height: contentHeight(of: .positions))
    }
}
