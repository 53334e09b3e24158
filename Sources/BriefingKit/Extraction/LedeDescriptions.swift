/// A speaker the opening paragraph knows only by a description and the next paragraph names (`Violent games should
/// carry larger warnings, the trade and industry secretary has said.` then `Patricia Hewitt is expected to …`), the
/// way news stories introduce their main speaker.
extension Analysis {
    /// Gives each article's opening-paragraph description its statements to the person the next paragraph names
    /// first, in its first sentence, when the opening paragraph names no person and describes only that speaker.
    mutating func bindLedeDescriptions(blocks: [Block], articleStarts: [Int]) {
        let starts = articleStarts.isEmpty || articleStarts[0] != 0 ? [0] + articleStarts : articleStarts
        for (number, start) in starts.enumerated() {
            let end = number + 1 < starts.count ? starts[number + 1] : blocks.count
            let paragraphs = blocks[start..<end].lazy.filter { $0.kind == .paragraph }.prefix(2)
            guard paragraphs.count == 2, let lede = paragraphs.first, let next = paragraphs.last,
                  let description = soleDescribedSpeaker(in: lede), let person = personIntroduced(atOpening: next, after: lede) else { continue }
            adopt(description, into: person)
        }
    }

    /// The one unnamed person who speaks in the block and is first mentioned there, described by a role noun (`the
    /// trade and industry secretary`), when no named person is first mentioned there.
    private func soleDescribedSpeaker(in block: Block) -> Int? {
        let entities = registry.entities
        let introduced = { (entity: Int) in block.range.start <= entities[entity].firstMention && entities[entity].firstMention < block.range.end }
        guard !entities.indices.contains(where: { entities[$0].kind == .person && entities[$0].isNamed && introduced($0) }) else { return nil }
        var speaker: Int?
        for statement in found where statement.block == block.index {
            guard let entity = statement.entity else { continue }
            let entry = entities[entity]
            guard entry.kind == .person, !entry.isNamed, !entry.isAnonymousSource, introduced(entity), speaker == nil || speaker == entity,
                  let head = entry.name.split(separator: " ").last, PersonLexicon.roleHeads.contains(WordHash.key(head)) else { return nil }
            speaker = entity
        }
        return speaker
    }

    /// The person named in full and first mentioned in the first sentence of `block`, whose surname the `earlier`
    /// block does not hold.
    private func personIntroduced(atOpening block: Block, after earlier: Block) -> Int? {
        let entities = registry.entities
        guard let first = entities.indices.filter({ block.range.start <= entities[$0].firstMention && entities[$0].firstMention < block.range.end })
            .min(by: { entities[$0].firstMention < entities[$1].firstMention }),
              entities[first].kind == .person, entities[first].isNamed, entities[first].nameKeys.count >= 2,
              let surname = entities[first].name.split(separator: " ").last, !earlier.text.contains(surname) else { return nil }
        let opening = block.range.start..<entities[first].firstMention
        guard !opening.contains(where: { scalars[$0] == "." && $0 + 1 < scalars.count && scalars[$0 + 1] == " " }) else { return nil }
        return first
    }

    /// Moves the description's statements and quotations to the person, who takes the description as a role.
    private mutating func adopt(_ description: Int, into person: Int) {
        for index in found.indices where found[index].entity == description { found[index].entity = person }
        for index in attributions.indices where attributions[index].entity == description { attributions[index].entity = person }
        registry.addRole(person, named: registry.entities[description].name)
    }
}
