/// The article speakers that share one name key, with tallies of their names, kinds, roles and aliases.
struct NameGroup {
    /// The shared key.
    let key: NameKey
    /// The library speaker id the group would get.
    let slug: String
    private(set) var members: [LibrarySpeakerMember] = []
    private var names: [String: Int] = [:]
    private var absorbedNames: [String: Int] = [:]
    private var kinds = Array(repeating: 0, count: SpeakerKind.allCases.count)
    private var roles = Tally()
    private var aliases = Tally()
    private var longForms = 0

    init(key: NameKey, slug: String) {
        self.key = key
        self.slug = slug
    }

    /// Whether most of the group's speakers are people.
    var isPerson: Bool { kinds[Self.slot(.person)] * 2 > members.count }

    /// Whether every name in the group is a short form that may stand for a fuller name.
    var isShortForm: Bool { longForms == 0 }

    /// Adds one article's speaker.
    mutating func add(_ speaker: Speaker, article: Int, shortForm: Bool) {
        members.append(LibrarySpeakerMember(article: article, speakerID: speaker.id))
        names[speaker.name, default: 0] += 1
        kinds[Self.slot(speaker.kind)] += 1
        for role in speaker.roles { roles.add(role) }
        for alias in speaker.aliases { aliases.add(alias) }
        if !shortForm { longForms += 1 }
    }

    /// The tally slot of a kind.
    private static func slot(_ kind: SpeakerKind) -> Int {
        SpeakerKind.allCases.firstIndex(of: kind) ?? 0
    }

    /// Takes in a short-form group merged into this one; its names become aliases.
    mutating func absorb(_ other: NameGroup) {
        members.append(contentsOf: other.members)
        for (name, count) in other.names { absorbedNames[name, default: 0] += count }
        for slot in kinds.indices { kinds[slot] += other.kinds[slot] }
        roles.add(other.roles)
        aliases.add(other.aliases)
    }

    /// The library speaker the group makes, without its statements yet.
    func speaker() -> LibrarySpeaker {
        let name = names.max { lhs, rhs in
            (lhs.value, lhs.key.count, rhs.key) < (rhs.value, rhs.key.count, lhs.key)
        }?.key ?? slug
        var allAliases = aliases
        for (other, count) in names.merging(absorbedNames, uniquingKeysWith: +) where other != name {
            allAliases.add(other, count: count)
        }
        let kind = SpeakerKind.allCases.max { (kinds[Self.slot($0)], Self.slot($1)) < (kinds[Self.slot($1)], Self.slot($0)) } ?? .person
        let sortedMembers = members.sorted { ($0.article, $0.speakerID) < ($1.article, $1.speakerID) }
        return LibrarySpeaker(
            id: slug, name: name, kind: kind, roles: roles.ranked(), aliases: allAliases.ranked().filter { NameKey.fold($0) != NameKey.fold(name) },
            members: sortedMembers, statements: [], articleCount: Set(sortedMembers.map(\.article)).count)
    }
}

/// Counts strings, merging those that are the same once folded when ranked, remembering the first spelling seen.
struct Tally {
    private var counts: [String: (count: Int, order: Int)] = [:]

    /// Counts one occurrence (or several) of a string.
    mutating func add(_ value: String, count: Int = 1) {
        let existing = counts[value] ?? (0, counts.count)
        counts[value] = (existing.count + count, existing.order)
    }

    /// Adds another tally's counts.
    mutating func add(_ other: Tally) {
        for (value, entry) in other.counts.sorted(by: { $0.value.order < $1.value.order }) { add(value, count: entry.count) }
    }

    /// The spellings, one per folded form, most frequent first, then first seen first.
    func ranked() -> [String] {
        var folded: [String: (spelling: String, count: Int, order: Int)] = [:]
        for (value, entry) in counts.sorted(by: { $0.value.order < $1.value.order }) {
            let key = NameKey.fold(value)
            let existing = folded[key] ?? (value, 0, entry.order)
            folded[key] = (existing.spelling, existing.count + entry.count, existing.order)
        }
        return folded.values.sorted { ($1.count, $0.order) < ($0.count, $1.order) }.map(\.spelling)
    }
}
