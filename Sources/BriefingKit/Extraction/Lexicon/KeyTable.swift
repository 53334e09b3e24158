/// An open-addressing table from word keys to small values; keys are already hashes, so no hashing is needed.
struct KeyTable: Sendable {
    /// The keys, 0 marking an empty slot.
    private var keys: [WordKey]
    /// The value of each slot.
    private var values: [Int32]
    /// The table size minus one (a power of two minus one).
    private var mask: Int

    /// A table with room for `count` keys at a load of at most one quarter, so that a key not in it (most words
    /// looked up) is turned away after one or two probes.
    init(capacity count: Int) {
        var size = 16
        while size < count * 4 { size <<= 1 }
        keys = [WordKey](repeating: 0, count: size)
        values = [Int32](repeating: 0, count: size)
        mask = size - 1
    }

    /// Stores a value for a key (keys of 0 are not stored).
    mutating func insert(_ key: WordKey, _ value: Int32) {
        guard key != 0 else { return }
        var slot = Int(truncatingIfNeeded: key) & mask
        while keys[slot] != 0 && keys[slot] != key { slot = (slot + 1) & mask }
        keys[slot] = key
        values[slot] = value
    }

    /// Calls `body` with a reader that looks keys up in the table's storage, without an array check per probe.
    @inline(__always)
    func withReader<Result>(_ body: (KeyTableReader) -> Result) -> Result {
        keys.withUnsafeBufferPointer { keys in
            values.withUnsafeBufferPointer { values in body(KeyTableReader(keys: keys, values: values, mask: mask)) }
        }
    }

    /// The value stored for a key, if any.
    @inline(__always)
    func value(_ key: WordKey) -> Int32? {
        withReader { $0.value(key) }
    }
}

/// Look-ups in a `KeyTable`'s storage, for a loop of many (`KeyTable.withReader`).
struct KeyTableReader {
    /// The table's keys, 0 marking an empty slot.
    let keys: UnsafeBufferPointer<WordKey>
    /// The value of each slot.
    let values: UnsafeBufferPointer<Int32>
    /// The table size minus one.
    let mask: Int

    /// The value stored for a key, if any; none for 0, the key of tokens that are not words (a possessive), which
    /// would otherwise match an empty slot.
    @inline(__always)
    func value(_ key: WordKey) -> Int32? {
        var slot = Int(truncatingIfNeeded: key) & mask
        while true {
            let stored = keys[slot]
            if stored == key { return key == 0 ? nil : values[slot] }
            if stored == 0 { return nil }
            slot = (slot + 1) & mask
        }
    }
}
