/// Splitting lexicon text into fields at ASCII separators, straight over its UTF-8 and without building an array of
/// slices (whose generic type the runtime would have to instantiate on first use).
enum ByteFields {
    /// Calls `body` with each non-empty run of `bytes` between separator bytes, in order (as `split` would give them).
    @inline(__always)
    static func forEach(_ bytes: UnsafeBufferPointer<UInt8>, separatedBy isSeparator: (UInt8) -> Bool, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        var start = 0
        for index in 0...bytes.count where index == bytes.count || isSeparator(bytes[index]) {
            if index > start { body(UnsafeBufferPointer(rebasing: bytes[start..<index])) }
            start = index + 1
        }
    }
}
