import BriefingKit

/// Text folded for matching that remembers where each folded scalar came from.
struct FoldedText {
    /// The folded scalars.
    private var scalars: [Unicode.Scalar] = []
    /// For each folded scalar, the offset of the source scalar it came from.
    private var origins: [Int] = []

    /// Folds `text`, whose first scalar lies at `startOffset` in the article.
    init(_ text: some StringProtocol, startOffset: Int) {
        var offset = startOffset
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                scalars.append(TextFolding.lowercasedASCII(scalar))
                origins.append(offset)
            } else {
                for folded in TextFolding.fold(scalar) {
                    scalars.append(folded)
                    origins.append(offset)
                }
            }
            offset += 1
        }
    }

    /// The source ranges of every non-overlapping occurrence of an already folded query.
    func ranges(of foldedQuery: String) -> [TextRange] {
        let query = Array(foldedQuery.unicodeScalars)
        guard !query.isEmpty, query.count <= scalars.count else { return [] }
        var found: [TextRange] = []
        var index = 0
        while index + query.count <= scalars.count {
            if scalars[index..<(index + query.count)].elementsEqual(query) {
                found.append(TextRange(start: origins[index], end: origins[index + query.count - 1] + 1))
                index += query.count
            } else {
                index += 1
            }
        }
        return found
    }
}
