/// Where Unicode-scalar offsets of a text fall in its UTF-8: the byte offset of every 16th scalar (none for ASCII
/// text, whose offsets are the same), so a text can be sliced by scalar range without an array of its scalars.
struct ScalarOffsets: Sendable {
    /// The number of scalars from one checkpoint to the next (a power of two: decoding masks by it).
    static let stride = 16
    /// The number of scalars in the text.
    let scalarCount: Int
    /// The UTF-8 offset of scalar `k * stride` for every `k` up to `scalarCount / stride`; empty for ASCII text.
    let checkpoints: [Int]

    /// Offsets already gathered while decoding (checkpoints dropped when the text is ASCII).
    init(scalarCount: Int, utf8Count: Int, checkpoints: [Int]) {
        self.scalarCount = scalarCount
        self.checkpoints = scalarCount == utf8Count ? [] : checkpoints
    }

    /// The offsets of a text, from one pass over its UTF-8.
    init(of text: String) {
        var text = text
        (scalarCount, checkpoints) = text.withUTF8 { bytes in
            var checkpoints: [Int] = []
            var scalars = 0
            for (offset, byte) in bytes.enumerated() where byte & 0xC0 != 0x80 {
                if scalars % ScalarOffsets.stride == 0 { checkpoints.append(offset) }
                scalars += 1
            }
            if scalars % ScalarOffsets.stride == 0 { checkpoints.append(bytes.count) }
            return (scalars, scalars == bytes.count ? [] : checkpoints)
        }
    }

    /// The UTF-8 offset of scalar `scalar` (at most `scalarCount`) in `bytes`, the text's UTF-8: its checkpoint's,
    /// plus the scalars after it (at once when the checkpoint's stretch is ASCII, else walking from the nearer end of
    /// the stretch: forward over lead bytes from its checkpoint, or back from the next checkpoint or the text's end).
    @inline(__always)
    private func utf8Offset(_ scalar: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        guard !checkpoints.isEmpty else { return scalar }
        let chunk = scalar / ScalarOffsets.stride
        let phase = scalar % ScalarOffsets.stride
        let offset = checkpoints[chunk]
        guard phase > 0 else { return offset }
        let next = chunk + 1 < checkpoints.count ? checkpoints[chunk + 1] : bytes.count
        let span = min(ScalarOffsets.stride, scalarCount - chunk * ScalarOffsets.stride)
        if next - offset == span { return offset + phase }
        return phase <= span - phase ? walk(from: offset, scalars: phase, bytes) : walk(back: next, scalars: span - phase, bytes)
    }

    /// The UTF-8 offset `scalars` scalars after the scalar at UTF-8 offset `offset`.
    @inline(__always)
    private func walk(from offset: Int, scalars: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var offset = offset
        for _ in 0..<scalars {
            let lead = bytes[offset]
            offset += 1 + (lead >= 0xC0 ? 1 : 0) + (lead >= 0xE0 ? 1 : 0) + (lead >= 0xF0 ? 1 : 0)
        }
        return offset
    }

    /// The UTF-8 offset `scalars` scalars before the scalar (or the end of the text) at UTF-8 offset `offset`.
    @inline(__always)
    private func walk(back offset: Int, scalars: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var offset = offset
        for _ in 0..<scalars {
            repeat { offset -= 1 } while bytes[offset] & 0xC0 == 0x80
        }
        return offset
    }

    /// The UTF-8 offsets of scalars `start` and `end` (`start < end`) in `bytes`, the text's UTF-8; the end is walked
    /// to from the start when both lie in one checkpoint's stretch.
    @inline(__always)
    private func utf8Range(_ start: Int, _ end: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> (lower: Int, upper: Int) {
        let lower = utf8Offset(start, bytes)
        let sameStretch = !checkpoints.isEmpty && end - start <= end % ScalarOffsets.stride
        return (lower, sameStretch ? walk(from: lower, scalars: end - start, bytes) : utf8Offset(end, bytes))
    }

    /// The text of scalars `start..<end` of `text`, whose UTF-8 is `bytes`, as a slice sharing the text's storage:
    /// nothing is allocated or copied.
    func substring(_ text: String, utf8 bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Substring {
        guard start < end else { return Substring() }
        let (lower, upper) = utf8Range(start, end, bytes)
        let utf8 = text.utf8
        let from = utf8.index(utf8.startIndex, offsetBy: lower)
        return Substring(utf8[from..<utf8.index(from, offsetBy: upper - lower)])
    }

    /// The text of scalars `start..<end` of `text` (the text these offsets were made from), copied from its UTF-8.
    func string(_ text: String, _ start: Int, _ end: Int) -> String {
        var copy = text
        return copy.withUTF8 { string(text, utf8: $0, start, end) }
    }

    /// The text of scalars `start..<end` of `text`, whose UTF-8 is `bytes`: an ASCII range straight into the string
    /// (whose check of it is a quick all-ASCII scan), any other through `Substring`, which takes the text's UTF-8 as
    /// already valid.
    func string(_ text: String, utf8 bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> String {
        guard start < end else { return "" }
        let (lower, upper) = utf8Range(start, end, bytes)
        if upper - lower == end - start {
            return String(unsafeUninitializedCapacity: upper - lower) { buffer in
                buffer.baseAddress!.initialize(from: bytes.baseAddress! + lower, count: upper - lower)
                return upper - lower
            }
        }
        let utf8 = text.utf8
        let from = utf8.index(utf8.startIndex, offsetBy: lower)
        return String(Substring(utf8[from..<utf8.index(from, offsetBy: upper - lower)]))
    }
}
