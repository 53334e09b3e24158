/// A set of entity indices cleared in constant time: each entity's mark is the number of the clearing it was
/// inserted after.
struct SeenEntities: Sendable {
    /// The generation in which each entity was last inserted.
    private var marks: [Int] = []
    /// The current generation.
    private var generation = 0

    /// Empties the set, making room for entities `0..<count`.
    mutating func clear(count: Int) {
        generation += 1
        if marks.count < count { marks.append(contentsOf: repeatElement(0, count: count - marks.count)) }
    }

    /// Inserts `entity`; whether it was not in the set.
    mutating func insert(_ entity: Int) -> Bool {
        guard marks[entity] != generation else { return false }
        marks[entity] = generation
        return true
    }
}
