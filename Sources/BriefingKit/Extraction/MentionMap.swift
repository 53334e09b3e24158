/// The entity mentioned by the name or role noun that ends at each token of a block, if any.
struct MentionMap: Sendable {
    /// Entity index plus one per token; zero where nothing ends.
    private var slots: [Int32]

    /// An empty map for `count` tokens.
    init(count: Int) { slots = [Int32](repeating: 0, count: count) }

    /// Empties the map and sizes it for `count` tokens, keeping its storage.
    mutating func reset(count: Int) {
        slots.removeAll(keepingCapacity: true)
        slots.append(contentsOf: repeatElement(0, count: count))
    }

    /// The entity whose mention ends at the token.
    subscript(index: Int) -> Int? {
        get { index >= 0 && index < slots.count && slots[index] > 0 ? Int(slots[index]) - 1 : nil }
        set { if index >= 0 && index < slots.count { slots[index] = Int32((newValue ?? -1) + 1) } }
    }
}
