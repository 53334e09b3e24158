/// Turns the analysis into the article model: statements in text order with ids, speakers most statements first.
enum ArticleAssembler {
    /// The statements and speakers of an analysis.
    static func assemble(_ analysis: inout Analysis, blocks: [Block]) -> (statements: [Statement], speakers: [Speaker]) {
        var found: [FoundStatement] = []
        swap(&found, &analysis.found)
        found.reserveCapacity(found.count + analysis.quotes.count)
        // The statement each kept quotation became, or -1 (eight bytes a quotation where `Int?` takes sixteen).
        var quoteStatement = [Int](repeating: -1, count: analysis.quotes.count)
        for (index, quote) in analysis.quotes.enumerated() {
            let attribution = analysis.attributions[index]
            guard attribution.keep else { continue }
            if let target = attribution.mergedInto, case let position = quoteStatement[target], position >= 0 {
                found[position].range.end = max(found[position].range.end, quote.contentEnd)
                quoteStatement[index] = position
                continue
            }
            guard let range = quote.trimmedContent else { continue }
            quoteStatement[index] = found.count
            found.append(FoundStatement(entity: attribution.entity, kind: attribution.kind, cue: attribution.cue, block: quote.startBlock, range: range))
        }
        let inOrder = textOrder(found)
        for statement in found { if let entity = statement.entity { analysis.registry.countStatement(entity) } }
        let entities = analysis.registry.entities
        let order = entities.indices.filter { entities[$0].statementCount > 0 }.sorted {
            entities[$0].statementCount != entities[$1].statementCount
                ? entities[$0].statementCount > entities[$1].statementCount
                : entities[$0].firstMention < entities[$1].firstMention
        }
        var ids = [String?](repeating: nil, count: entities.count)
        var used = Set<String>(minimumCapacity: order.count)
        var speakers: [Speaker] = []
        for index in order {
            let entity = entities[index]
            let slug = Slug.make(entity.name)
            var id = slug
            var suffix = 2
            while !used.insert(id).inserted { id = slug + "-\(suffix)"; suffix += 1 }
            ids[index] = id
            speakers.append(Speaker(id: id, name: entity.name, kind: entity.kind, roles: entity.roles, aliases: entity.aliases, statementCount: entity.statementCount))
        }
        var statements: [Statement] = []
        statements.reserveCapacity(found.count)
        // The cue is copied from the text's UTF-8 just after the statement's slice is made from it: the cue stands
        // next to the statement, so its bytes are in cache, while the scalars were read long before and are not.
        for (position, index) in inOrder.enumerated() {
            let text = analysis.strings.substring(found[index].range.start, found[index].range.end)
            statements.append(Statement(
                id: statementID(position + 1), speakerID: found[index].entity.flatMap { ids[$0] }, kind: found[index].kind,
                cue: found[index].cue.map { analysis.strings.copied($0.start, $0.end) }, text: text,
                block: found[index].block, range: found[index].range))
        }
        return (statements, speakers)
    }

    /// The indices of `found` in text order (by start, then end; ties keep their order), sorted as indices so the
    /// statements themselves are not moved.
    private static func textOrder(_ found: [FoundStatement]) -> [Int] {
        var order = Array(found.indices)
        found.withUnsafeBufferPointer { found in
            order.sort { found[$0].range.start != found[$1].range.start ? found[$0].range.start < found[$1].range.start : found[$0].range.end < found[$1].range.end }
        }
        return order
    }

    /// The id of the statement with this number ("s12"), written straight into a (small) string.
    private static func statementID(_ number: Int) -> String {
        var digits = 1
        var rest = number
        while rest >= 10 { rest /= 10; digits += 1 }
        return String(unsafeUninitializedCapacity: digits + 1) { buffer in
            buffer[0] = UInt8(ascii: "s")
            var value = number
            for index in stride(from: digits, to: 0, by: -1) {
                buffer[index] = UInt8(ascii: "0") + UInt8(value % 10)
                value /= 10
            }
            return digits + 1
        }
    }
}
