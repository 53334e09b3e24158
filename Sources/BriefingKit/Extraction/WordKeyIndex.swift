/// Word keys numbered 0, 1, 2 … in the order they were first added, in a growing open-addressing table: the keys are
/// hashes already, so a probe costs no hashing, as it does in a `Set<WordKey>` or a `Dictionary` keyed by them.
struct WordKeyIndex: Sendable {
    /// The key in each slot.
    private var keys = [WordKey](repeating: 0, count: 16)
    /// Each slot's number plus one, 0 marking an empty slot (so a key of 0 is stored like any other).
    private var numbers = [Int32](repeating: 0, count: 16)
    /// How many keys are numbered.
    private(set) var count = 0

    /// The number of a key, if it was added.
    func number(of key: WordKey) -> Int? {
        let mask = keys.count - 1
        var slot = Int(truncatingIfNeeded: key) & mask
        while numbers[slot] != 0 {
            if keys[slot] == key { return Int(numbers[slot]) - 1 }
            slot = (slot + 1) & mask
        }
        return nil
    }

    /// Whether a key was added.
    func contains(_ key: WordKey) -> Bool { number(of: key) != nil }

    /// The number of a key, which takes the next number if it is new.
    @discardableResult
    mutating func insert(_ key: WordKey) -> Int {
        if let number = number(of: key) { return number }
        if (count + 1) * 2 > keys.count { grow() }
        place(key, number: count)
        count += 1
        return count - 1
    }

    /// Puts a key that is not in the table into its first free slot.
    private mutating func place(_ key: WordKey, number: Int) {
        let mask = keys.count - 1
        var slot = Int(truncatingIfNeeded: key) & mask
        while numbers[slot] != 0 { slot = (slot + 1) & mask }
        keys[slot] = key
        numbers[slot] = Int32(number + 1)
    }

    /// Doubles the table, keeping every key's number.
    private mutating func grow() {
        let (oldKeys, oldNumbers) = (keys, numbers)
        keys = [WordKey](repeating: 0, count: oldKeys.count * 2)
        numbers = [Int32](repeating: 0, count: oldKeys.count * 2)
        for slot in oldKeys.indices where oldNumbers[slot] != 0 { place(oldKeys[slot], number: Int(oldNumbers[slot]) - 1) }
    }
}
