/// Slices a text by Unicode-scalar ranges quickly, through a table of UTF-8 offsets.
struct ScalarSlicer {
    private let utf8: [UInt8]
    /// The UTF-8 offset of every scalar, plus one past the end.
    private let offsets: [Int32]

    /// Creates a slicer for a text.
    init(_ text: String) {
        utf8 = Array(text.utf8)
        var offsets: [Int32] = []
        offsets.reserveCapacity(utf8.count + 1)
        for (index, byte) in utf8.enumerated() where byte & 0xC0 != 0x80 {
            offsets.append(Int32(truncatingIfNeeded: index))
        }
        offsets.append(Int32(truncatingIfNeeded: utf8.count))
        self.offsets = offsets
    }

    /// The number of scalars in the text.
    var scalarCount: Int { offsets.count - 1 }

    /// Whether the range lies inside the text.
    func contains(_ range: TextRange) -> Bool {
        range.start >= 0 && range.start <= range.end && range.end <= scalarCount
    }

    /// The text of a range that lies inside the text.
    func slice(_ range: TextRange) -> String {
        String(decoding: utf8[Int(offsets[range.start])..<Int(offsets[range.end])], as: UTF8.self)
    }
}
