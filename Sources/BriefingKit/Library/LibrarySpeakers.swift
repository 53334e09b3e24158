/// The speakers of a library: each article's speakers merged by name across articles, most statements first.
///
/// Names are compared folded (case, diacritics, punctuation) with honorifics dropped; a short form
/// ("Mr Blair", "Blair") joins the one fuller name it ends ("Tony Blair") when only one in the library does.
public struct LibrarySpeakers: Sendable {
    /// The merged speakers, most statements first, then most articles, then by name.
    public let speakers: [LibrarySpeaker]
    /// How many loaded articles were merged.
    public let articleCount: Int
    private let indexByID: [String: Int]
    private let indexByMember: [LibrarySpeakerMember: Int]

    /// Merges the speakers of the loaded entries; indices in the result are indices into `entries`.
    public init(entries: [LibraryEntry]) {
        var groups = NameGroups()
        var articleCount = 0
        for index in entries.indices {
            guard case .loaded(let article) = entries[index] else { continue }
            articleCount += 1
            for speaker in article.speakers { groups.add(speaker, article: index) }
        }
        self.articleCount = articleCount
        var speakers = groups.merged().map { $0.speaker() }
        var memberIndex: [LibrarySpeakerMember: Int] = [:]
        memberIndex.reserveCapacity(speakers.reduce(0) { $0 + $1.members.count })
        for (index, speaker) in speakers.enumerated() {
            for member in speaker.members { memberIndex[member] = index }
        }
        let kinds = StatementKind.allCases
        for index in entries.indices {
            guard case .loaded(let article) = entries[index] else { continue }
            let owners = article.speakers.map { memberIndex[LibrarySpeakerMember(article: index, speakerID: $0.id)] }
            for (position, statement) in article.statements.enumerated() {
                guard let id = statement.speakerID, let slot = article.speakers.firstIndex(where: { $0.id == id }), let owner = owners[slot] else { continue }
                speakers[owner].statements.append(LibraryStatementRef(article: index, statement: position))
                if let kind = kinds.firstIndex(of: statement.kind) { speakers[owner].kindCounts[kind] += 1 }
            }
        }
        for index in speakers.indices {
            let speaker = speakers[index]
            speakers[index].searchText = TextFolding.fold(([speaker.name] + speaker.roles + speaker.aliases).joined(separator: "\n"))
        }
        let order = speakers.indices.sorted { left, right in
            let (lhs, rhs) = (speakers[left], speakers[right])
            if lhs.statementCount != rhs.statementCount { return lhs.statementCount > rhs.statementCount }
            if lhs.articleCount != rhs.articleCount { return lhs.articleCount > rhs.articleCount }
            return (lhs.name, lhs.id) < (rhs.name, rhs.id)
        }
        var rank = Array(repeating: 0, count: speakers.count)
        for (position, index) in order.enumerated() { rank[index] = position }
        self.speakers = order.map { speakers[$0] }
        self.indexByID = Dictionary(uniqueKeysWithValues: self.speakers.enumerated().map { ($1.id, $0) })
        self.indexByMember = memberIndex.mapValues { rank[$0] }
    }

    /// The index in `speakers` of the library speaker with this id.
    public func index(of id: String) -> Int? {
        indexByID[id]
    }

    /// The index in `speakers` of the library speaker an article's speaker belongs to.
    public func index(article: Int, speakerID: String) -> Int? {
        indexByMember[LibrarySpeakerMember(article: article, speakerID: speakerID)]
    }

    /// The library speaker with this id.
    public func speaker(id: String) -> LibrarySpeaker? {
        index(of: id).map { speakers[$0] }
    }
}
