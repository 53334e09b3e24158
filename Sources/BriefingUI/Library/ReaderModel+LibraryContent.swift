import BriefingKit

/// What the Speakers and Positions panes list in All briefings.
extension ReaderModel {
    /// The merged speakers passing the filters (by name, role or alias; with statements of the kind shown), most statements first.
    var librarySpeakerRows: [SpeakerRow] {
        let filter = filter
        if let cache = libraryListsCache, cache.generation == libraryState.generation, cache.query == filter.foldedQuery, cache.kind == filter.kind {
            return cache.rows
        }
        let merged = libraryState.speakers.speakers
        var rows: [SpeakerRow] = []
        for (index, speaker) in merged.enumerated() {
            if !filter.foldedQuery.isEmpty, !speaker.searchText.containsBytes(filter.foldedQuery) { continue }
            let count = filter.kind.map { speaker.count(of: $0) } ?? speaker.statementCount
            if filter.kind != nil, count == 0 { continue }
            let asSpeaker = Speaker(id: speaker.id, name: speaker.name, kind: speaker.kind, roles: speaker.roles, aliases: speaker.aliases)
            rows.append(SpeakerRow(speaker: asSpeaker, count: count, color: SpeakerPalette.color(forSpeakerAt: index), articleCount: speaker.articleCount))
        }
        if filter.kind != nil { rows = rows.enumerated().sorted { ($1.element.count, $0.offset) < ($0.element.count, $1.offset) }.map(\.element) }
        return rows
    }

    /// Keeps the All briefings lists for the current filters and speaker, so drawing and keys that change neither cost nothing.
    mutating func refreshLibraryCaches() {
        guard showsAllBriefings else { return }
        let filter = filter
        let rows = librarySpeakerRows
        let followed = followedSpeakerID(rows: rows)
        if let cache = libraryListsCache, cache.generation == libraryState.generation, cache.query == filter.foldedQuery,
           cache.kind == filter.kind, cache.followedID == followed {
            return
        }
        libraryListsCache = CachedLibraryLists(
            generation: libraryState.generation, query: filter.foldedQuery, kind: filter.kind, rows: rows,
            followedID: followed, positions: positions(of: followed))
    }

    /// The id of the speaker the Positions pane follows: the selected one, else the one under the cursor, else the first.
    private func followedSpeakerID(rows: [SpeakerRow]) -> String? {
        selectedSpeakerID ?? speakerCursorID ?? rows.first?.speaker.id
    }

    /// The merged speaker the Positions pane follows: the selected one, else the one under the Speakers cursor.
    var librarySpeaker: LibrarySpeaker? {
        followedSpeakerID(rows: librarySpeakerRows).flatMap { libraryState.speakers.speaker(id: $0) }
    }

    /// The Positions pane's statements in All briefings: the followed speaker's across articles, passing the filters, in article order.
    var libraryPositions: [LibraryStatementRef] {
        let filter = filter
        let followed = followedSpeakerID(rows: librarySpeakerRows)
        if let cache = libraryListsCache, cache.generation == libraryState.generation, cache.query == filter.foldedQuery,
           cache.kind == filter.kind, cache.followedID == followed {
            return cache.positions
        }
        return positions(of: followed)
    }

    /// The statements of a merged speaker passing the filters, in article order.
    private func positions(of speakerID: String?) -> [LibraryStatementRef] {
        guard let speaker = speakerID.flatMap({ libraryState.speakers.speaker(id: $0) }) else { return [] }
        let filter = filter
        let nameMatches = filter.foldedQuery.isEmpty || speaker.statements.isEmpty
            || speaker.searchText.containsBytes(filter.foldedQuery)
        return speaker.statements.filter { reference in
            guard let statement = libraryState.library.statement(reference), filter.matchesKind(statement) else { return false }
            return nameMatches || filter.query.isFound(in: statement.text)
        }
    }

    /// The selected statement as a library reference, when one is selected.
    var selectedReference: LibraryStatementRef? {
        guard let selectedStatementID, let entry = entry(ofArticle: articleIndex),
              let position = article?.statements.firstIndex(where: { $0.id == selectedStatementID }) else { return nil }
        return LibraryStatementRef(article: entry, statement: position)
    }

    /// The title of the article a reference is in.
    func articleName(of reference: LibraryStatementRef) -> String {
        libraryState.articleOfEntry[reference.article].map { ArticleNaming.name(of: briefing.articles[$0]) } ?? libraryState.library.title(at: reference.article)
    }
}
