/// A speaker the opening paragraph knows only by a description and the next paragraph names (`Violent games should
/// carry larger warnings, the trade and industry secretary has said.` then `Patricia Hewitt is expected to …`), the
/// way news stories introduce their main speaker.
extension Analysis {
    /// Gives each article's opening-paragraph description its statements to the person the next paragraph names
    /// first, in its first sentence, when the opening paragraph names no person and describes only that speaker.
    /// Linear in the text: entities and statements are sorted into the blocks that matter in one pass each.
    mutating func bindLedeDescriptions(blocks: [Block], articleStarts: [Int]) {
        let starts = articleStarts.first == 0 ? articleStarts : [0] + articleStarts
        var pairs: [(lede: Block, next: Block)] = []
        for (number, start) in starts.enumerated() {
            let end = number + 1 < starts.count ? starts[number + 1] : blocks.count
            let paragraphs = blocks[start..<end].lazy.filter { $0.kind == .paragraph }.prefix(2)
            if paragraphs.count == 2, let lede = paragraphs.first, let next = paragraphs.last { pairs.append((lede, next)) }
        }
        guard !pairs.isEmpty else { return }
        let introducedIn = entitiesIntroduced(in: pairs.flatMap { [$0.lede, $0.next] })
        var speakersIn: [Int: [Int?]] = [:]
        let ledes = Set(pairs.map(\.lede.index))
        for statement in found where ledes.contains(statement.block) { speakersIn[statement.block, default: []].append(statement.entity) }
        // Quotations in the opening paragraph count too (`Scotland's justice minister has warned fans she wants to hit
        // them "where it hurts most"`).
        for (index, attribution) in attributions.enumerated() where attribution.keep && attribution.mergedInto == nil && ledes.contains(quotes[index].startBlock) {
            speakersIn[quotes[index].startBlock, default: []].append(attribution.entity)
        }
        var adopted: [Int: Int] = [:]
        for (lede, next) in pairs {
            guard let description = soleDescribedSpeaker(speakersIn[lede.index] ?? [], introduced: introducedIn[lede.index] ?? []),
                  let person = personIntroduced(atOpening: next, introduced: introducedIn[next.index] ?? [], after: lede) else { continue }
            adopted[description] = person
            registry.addRole(person, named: registry.entities[description].name)
        }
        guard !adopted.isEmpty else { return }
        for index in found.indices { if let entity = found[index].entity, let person = adopted[entity] { found[index].entity = person } }
        for index in attributions.indices { if let entity = attributions[index].entity, let person = adopted[entity] { attributions[index].entity = person } }
    }

    /// The entities first mentioned in each of `blocks` (sorted by position), by block index.
    private func entitiesIntroduced(in blocks: [Block]) -> [Int: [Int]] {
        var introduced: [Int: [Int]] = [:]
        for (entity, entry) in registry.entities.enumerated() {
            var (low, high) = (0, blocks.count)
            while low < high {
                let middle = (low + high) / 2
                if blocks[middle].range.end <= entry.firstMention { low = middle + 1 } else { high = middle }
            }
            if low < blocks.count, blocks[low].range.start <= entry.firstMention { introduced[blocks[low].index, default: []].append(entity) }
        }
        return introduced
    }

    /// The one unnamed person among a block's speakers, described by a role noun (`the trade and industry
    /// secretary`, not `another supporter`) and first mentioned there, when no named person is first mentioned there.
    private func soleDescribedSpeaker(_ speakers: [Int?], introduced: [Int]) -> Int? {
        let entities = registry.entities
        guard !introduced.contains(where: { entities[$0].kind == .person && entities[$0].isNamed }) else { return nil }
        var speaker: Int?
        for case let entity? in speakers {
            let entry = entities[entity]
            let words = entry.name.split(separator: " ")
            guard entry.kind == .person, !entry.isNamed, !entry.isAnonymousSource, introduced.contains(entity), speaker == nil || speaker == entity,
                  let head = words.last, PersonLexicon.roleHeads.contains(WordHash.key(head)),
                  let first = words.first, !GroupLexicon.quantifiers.contains(WordHash.key(first)) else { return nil }
            speaker = entity
        }
        return speaker
    }

    /// The person named in full who is first mentioned first in `block`, in its first sentence, and whose surname
    /// the `earlier` block does not hold.
    private func personIntroduced(atOpening block: Block, introduced: [Int], after earlier: Block) -> Int? {
        let entities = registry.entities
        guard let first = introduced.min(by: { entities[$0].firstMention < entities[$1].firstMention }),
              entities[first].kind == .person, entities[first].isNamed, entities[first].nameKeys.count >= 2,
              let surname = entities[first].name.split(separator: " ").last, !earlier.text.contains(surname) else { return nil }
        let opening = block.range.start..<entities[first].firstMention
        guard !opening.contains(where: { scalars[$0] == "." && $0 + 1 < scalars.count && scalars[$0 + 1] == " " }) else { return nil }
        return first
    }
}
