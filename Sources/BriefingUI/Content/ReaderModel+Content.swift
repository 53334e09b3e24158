import BriefingKit

/// What the panes show, derived from the briefing and the filters.
extension ReaderModel {
    /// The open article, or nil when the briefing is empty.
    var article: Article? {
        briefing.articles.indices.contains(articleIndex) ? briefing.articles[articleIndex] : nil
    }

    /// The panes on screen: the Briefings pane only when several files are open.
    var panes: [Pane] {
        opensSeveral ? [.briefings, .article, .speakers, .positions] : [.article, .speakers, .positions]
    }

    /// The filters as they stand.
    var filter: ArticleFilter { ArticleFilter(query: filterQuery, kind: kindFilter) }

    /// Each speaker's colour, by their place in the article's speaker list.
    var speakerColors: [String: TerminalColor] {
        var colors: [String: TerminalColor] = [:]
        for (index, speaker) in (article?.speakers ?? []).enumerated() where colors[speaker.id] == nil {
            colors[speaker.id] = SpeakerPalette.color(forSpeakerAt: index)
        }
        return colors
    }

    /// The Briefings pane's rows: the indices of the articles whose name or speakers match the filter text, and the open one.
    var briefingRows: [Int] {
        let query = filter.foldedQuery
        guard !query.isEmpty else { return Array(briefing.articles.indices) }
        return briefing.articles.indices.filter {
            (!showsAllBriefings && $0 == articleIndex) || libraryState.filterText(ofArticle: $0).containsBytes(query)
        }
    }

    /// The Briefings pane's rows with "All briefings" (nil) first when several files are open.
    var briefingListRows: [Int?] {
        (opensSeveral ? [nil] : []) + briefingRows.map { $0 }
    }

    /// An article's name and its speakers' names, aliases and roles, folded, one per line.
    static func filterText(of article: Article) -> String {
        let names = article.speakers.flatMap { [$0.name] + $0.aliases + $0.roles }
        return TextFolding.fold(([ArticleNaming.name(of: article)] + names).joined(separator: "\n"))
    }

    /// The Speakers pane's rows: speakers passing the filters, most statements first.
    var speakerRows: [SpeakerRow] {
        if showsAllBriefings { return librarySpeakerRows }
        guard let article else { return [] }
        let filter = filter
        var counts: [String: Int] = [:]
        var saidMatchingText: Set<String> = []
        for statement in article.statements where filter.matchesKind(statement) {
            guard let id = statement.speakerID else { continue }
            counts[id, default: 0] += 1
            if !saidMatchingText.contains(id), filter.matches(statement, speaker: nil) { saidMatchingText.insert(id) }
        }
        var rows: [SpeakerRow] = []
        for (index, speaker) in article.speakers.enumerated() {
            let count = counts[speaker.id] ?? 0
            if filter.kind != nil, count == 0 { continue }
            guard filter.matchesName(of: speaker) || saidMatchingText.contains(speaker.id) else { continue }
            rows.append(SpeakerRow(speaker: speaker, count: count, color: SpeakerPalette.color(forSpeakerAt: index)))
        }
        return rows.enumerated().sorted { lhs, rhs in
            lhs.element.count != rhs.element.count ? lhs.element.count > rhs.element.count : lhs.offset < rhs.offset
        }.map(\.element)
    }

    /// The Positions pane's statements: the selected speaker's (or everyone's) that pass the filters, in text order.
    var positions: [Statement] {
        if showsAllBriefings { return libraryPositions.compactMap { libraryState.library.statement($0) } }
        guard let article else { return [] }
        let filter = filter
        var speakers: [String: Speaker] = [:]
        for speaker in article.speakers where speakers[speaker.id] == nil { speakers[speaker.id] = speaker }
        return article.statements.filter { statement in
            if let selectedSpeakerID, statement.speakerID != selectedSpeakerID { return false }
            return filter.matches(statement, speaker: statement.speakerID.flatMap { speakers[$0] })
        }
    }

    /// The selected statement, when there is one in the open article.
    var selectedStatement: Statement? {
        guard let selectedStatementID else { return nil }
        return article?.statements.first { $0.id == selectedStatementID }
    }

    /// The selected speaker, when there is one in the open article.
    var selectedSpeaker: Speaker? {
        showsAllBriefings ? speakerRows.first { $0.speaker.id == selectedSpeakerID }?.speaker : article?.speaker(id: selectedSpeakerID)
    }

    /// The index of the Speakers pane's cursor in its rows.
    func speakerCursorIndex(in rows: [SpeakerRow]) -> Int {
        rows.firstIndex { $0.speaker.id == speakerCursorID } ?? 0
    }

    /// The places of the search text in the open article, in text order (from the cache when it is current).
    var searchMatches: [TextRange] {
        if let matchesCache, matchesCache.articleIndex == articleIndex, matchesCache.query == searchQuery { return matchesCache.matches }
        guard let article else { return [] }
        let query = TextFolding.fold(searchQuery)
        guard !query.isEmpty else { return [] }
        return article.blocks.flatMap { FoldedText($0.text, startOffset: $0.range.start).ranges(of: query) }
    }
}
