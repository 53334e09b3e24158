/// Skipping runs of scalars that cannot matter to a scan.
enum ScalarScan {
    /// The first index in `index..<end` whose scalar passes `isMark`, or `end`.
    @inline(__always)
    static func next(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, from index: Int, to end: Int, where isMark: (Unicode.Scalar) -> Bool) -> Int {
        var index = index
        while index < end, !isMark(scalars[index]) { index += 1 }
        return index
    }
}
