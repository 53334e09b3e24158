/// Slices a text by Unicode-scalar ranges quickly, through its UTF-8 bytes and, unless it is ASCII, a table of their offsets.
struct ScalarSlicer {
    private let utf8: [UInt8]
    /// The UTF-8 offset of every scalar plus one past the end, or nil when the text is ASCII and offsets are the same.
    private let offsets: [Int32]?
    /// The number of scalars in the text.
    let scalarCount: Int

    /// Creates a slicer for a text of `scalarCount` Unicode scalars.
    init(_ text: String, scalarCount: Int) {
        utf8 = Array(text.utf8)
        self.scalarCount = scalarCount
        guard utf8.count != scalarCount else {
            offsets = nil
            return
        }
        var offsets: [Int32] = []
        offsets.reserveCapacity(scalarCount + 1)
        for (index, byte) in utf8.enumerated() where byte & 0xC0 != 0x80 {
            offsets.append(Int32(truncatingIfNeeded: index))
        }
        offsets.append(Int32(truncatingIfNeeded: utf8.count))
        self.offsets = offsets
    }

    /// Whether the range lies inside the text.
    func contains(_ range: TextRange) -> Bool {
        range.start >= 0 && range.start <= range.end && range.end <= scalarCount
    }

    /// The text of a range that lies inside the text.
    func slice(_ range: TextRange) -> String {
        guard let offsets else { return String(decoding: utf8[range.start..<range.end], as: UTF8.self) }
        return String(decoding: utf8[Int(offsets[range.start])..<Int(offsets[range.end])], as: UTF8.self)
    }
}
