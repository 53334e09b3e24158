/// The indices of the quotations that start, end or run through each block, in one flat array (no per-block arrays).
struct QuotesByBlock {
    /// Where each block's indices start in `indices`; block `b` owns `starts[b]..<starts[b + 1]`.
    private var starts: [Int]
    /// The quotation indices, block by block, ascending within a block.
    private var indices: [Int]

    /// Groups the quotations by the blocks they touch.
    init(_ quotes: [QuoteSpan], blockCount: Int) {
        var starts = [Int](repeating: 0, count: blockCount + 1)
        for quote in quotes {
            for block in quote.startBlock...quote.endBlock { starts[block + 1] += 1 }
        }
        for block in 0..<blockCount { starts[block + 1] += starts[block] }
        var next = starts
        var indices = [Int](repeating: 0, count: starts[blockCount])
        for (index, quote) in quotes.enumerated() {
            for block in quote.startBlock...quote.endBlock {
                indices[next[block]] = index
                next[block] += 1
            }
        }
        self.starts = starts
        self.indices = indices
    }

    /// The quotations touching a block.
    subscript(block: Int) -> ArraySlice<Int> { indices[starts[block]..<starts[block + 1]] }
}
