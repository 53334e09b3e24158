import CPrefetch

/// Asking the processor early for decoded scalars a pass will read a little later: the scalars were written long
/// before, so the first read of each stretch would otherwise wait on memory.
enum ScalarPrefetch {
    /// How many line breaks, blocks or marks ahead a pass asks for the scalars it will read there.
    static let distance = 8

    /// Asks for the cache line holding the scalar at `offset`; never faults and changes nothing computed.
    @inline(__always)
    static func ask(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, at offset: Int) {
        brief_prefetch(scalars.baseAddress! + offset)
    }
}
