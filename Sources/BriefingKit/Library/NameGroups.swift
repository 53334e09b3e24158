/// Article speakers grouped by name key, then short forms merged into the one fuller name they stand for.
struct NameGroups {
    private var groups: [NameGroup] = []
    private var groupByKey: [String: Int] = [:]
    private var personKeys: [String: NameKey] = [:]
    private var otherKeys: [String: NameKey] = [:]
    private var slugs: Set<String> = []

    /// Adds one article's speaker to the group of its name; a description ("spokesman", "critics") stays with its
    /// own article, since the same words in two articles are rarely the same people.
    mutating func add(_ speaker: Speaker, article: Int) {
        let isPerson = speaker.kind == .person
        let key: NameKey
        if let known = isPerson ? personKeys[speaker.name] : otherKeys[speaker.name] {
            key = known
        } else {
            key = NameKey(name: speaker.name, isPerson: isPerson)
            if isPerson { personKeys[speaker.name] = key } else { otherKeys[speaker.name] = key }
        }
        let text = key.tokens.isEmpty ? speaker.name : key.text
        let groupKey = speaker.isDescription ? "\(text)\u{0}\(article)" : text
        let index = groupByKey[groupKey] ?? {
            groups.append(NameGroup(key: key, slug: uniqueSlug(key.tokens.isEmpty ? speaker.id : key.tokens.joined(separator: "-"))))
            groupByKey[groupKey] = groups.count - 1
            return groups.count - 1
        }()
        groups[index].add(speaker, article: article, shortForm: key.isShortForm)
    }

    /// The slug, or the slug with the first free number appended when another group has it.
    private mutating func uniqueSlug(_ slug: String) -> String {
        var candidate = slug, number = 1
        while slugs.contains(candidate) {
            number += 1
            candidate = "\(slug)-\(number)"
        }
        slugs.insert(candidate)
        return candidate
    }

    /// The groups after merging short forms, each a library speaker's worth, in first-seen order.
    func merged() -> [NameGroup] {
        var parent = Array(groups.indices)
        func root(_ index: Int) -> Int {
            var index = index
            while parent[index] != index { index = parent[index] }
            return index
        }
        var bySurname: [String: [Int]] = [:]
        for (index, group) in groups.enumerated() where group.isPerson && group.key.tokens.count > 1 {
            bySurname[group.key.tokens[group.key.tokens.count - 1], default: []].append(index)
        }
        let seekers = groups.indices.filter { groups[$0].isPerson && groups[$0].isShortForm && !groups[$0].key.tokens.isEmpty }
            .sorted { (groups[$0].key.tokens.count, $1) > (groups[$1].key.tokens.count, $0) }
        for seeker in seekers {
            let tokens = groups[seeker].key.tokens
            let fuller = (bySurname[tokens[tokens.count - 1]] ?? []).filter { candidate in
                let other = groups[candidate].key.tokens
                return other.count > tokens.count && Array(other.suffix(tokens.count)) == tokens
            }
            let roots = Set(fuller.map(root))
            if roots.count == 1, let target = roots.first, target != root(seeker) {
                parent[root(seeker)] = target
            }
        }
        var result: [NameGroup] = []
        var resultIndex: [Int: Int] = [:]
        for index in groups.indices where root(index) == index {
            resultIndex[index] = result.count
            result.append(groups[index])
        }
        for index in groups.indices where root(index) != index {
            result[resultIndex[root(index)]!].absorb(groups[index])
        }
        return result
    }
}
