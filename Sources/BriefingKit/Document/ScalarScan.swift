/// Skipping runs of scalars that cannot matter to a scan.
enum ScalarScan {
    /// The first index in `index..<end` whose scalar is a line break (`\n` or `\r`), or `end`; four scalars at a
    /// time are ruled out when no value is 13 or less.
    static func nextLineBreak(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, from index: Int, to end: Int) -> Int {
        var index = index
        let raw = UnsafeRawPointer(scalars.baseAddress!)
        while index < end {
            while index &+ 4 <= end {
                let low = raw.loadUnaligned(fromByteOffset: index &* 4, as: UInt64.self)
                let high = raw.loadUnaligned(fromByteOffset: index &* 4 &+ 8, as: UInt64.self)
                guard ((low &- 0x0000_000E_0000_000E) & ~low | (high &- 0x0000_000E_0000_000E) & ~high) & 0x8000_0000_8000_0000 == 0 else { break }
                index &+= 4
            }
            for _ in 0..<min(4, end - index) {
                if scalars[index] == "\n" || scalars[index] == "\r" { return index }
                index += 1
            }
        }
        return end
    }

    /// The first index in `index..<end` whose scalar passes `isMark`, or `end`.
    @inline(__always)
    static func next(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, from index: Int, to end: Int, where isMark: (Unicode.Scalar) -> Bool) -> Int {
        var index = index
        while index < end, !isMark(scalars[index]) { index += 1 }
        return index
    }
}
