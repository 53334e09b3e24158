/// Skipping runs of scalars that cannot matter to a scan.
enum ScalarScan {
    /// The first index in `index..<end` whose scalar is a line break (`\n` or `\r`), or `end`; two scalars at a time
    /// are ruled out when neither value is 13 or less.
    static func nextLineBreak(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, from index: Int, to end: Int) -> Int {
        var index = index
        let raw = UnsafeRawPointer(scalars.baseAddress!)
        while index < end {
            if index + 2 <= end {
                let pair = raw.loadUnaligned(fromByteOffset: index * 4, as: UInt64.self)
                if (pair &- 0x0000_000E_0000_000E) & ~pair & 0x8000_0000_8000_0000 == 0 {
                    index += 2
                    continue
                }
            }
            if scalars[index] == "\n" || scalars[index] == "\r" { return index }
            index += 1
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
