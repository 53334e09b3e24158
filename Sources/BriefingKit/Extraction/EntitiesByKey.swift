/// Lists of entity indices filed under word keys (named entities under their surname, organisations under their
/// acronym too), each in the order its entities were filed.
struct EntitiesByKey: Sendable {
    /// The number of each key's list in `lists`.
    private var index = WordKeyIndex()
    /// The lists, by key number.
    private var lists: [[Int]] = []

    /// The entities filed under a key, empty if none.
    subscript(key: WordKey) -> [Int] {
        index.number(of: key).map { lists[$0] } ?? []
    }

    /// Files an entity under a key, after those filed before.
    mutating func append(_ entity: Int, to key: WordKey) {
        let number = index.insert(key)
        if number == lists.count { lists.append([entity]) } else { lists[number].append(entity) }
    }
}
