/// The entity mentioned by the name or role noun that ends at each token of a block, if any.
struct MentionMap: Sendable {
    /// Entity index plus one per token; zero where nothing ends. Only the first `count` slots are in use; the
    /// array keeps the length of the longest block so far, so a reset allocates and appends nothing.
    private var slots: [Int32]
    /// The number of tokens mapped.
    private var count: Int

    /// An empty map for `count` tokens.
    init(count: Int) {
        slots = [Int32](repeating: 0, count: count)
        self.count = count
    }

    /// Empties the map and sizes it for `count` tokens, keeping its storage.
    mutating func reset(count: Int) {
        if slots.count < count { slots.append(contentsOf: repeatElement(0, count: count - slots.count)) }
        slots.withUnsafeMutableBufferPointer { UnsafeMutableBufferPointer(rebasing: $0[..<count]).update(repeating: 0) }
        self.count = count
    }

    /// The entity whose mention ends at the token.
    subscript(index: Int) -> Int? {
        get { index >= 0 && index < count && slots[index] > 0 ? Int(slots[index]) - 1 : nil }
        set { if index >= 0 && index < count { slots[index] = Int32((newValue ?? -1) + 1) } }
    }
}
