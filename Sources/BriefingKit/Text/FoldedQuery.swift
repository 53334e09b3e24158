/// A search text folded once (`TextFolding`), found in texts without building their folded copies.
///
/// The text is folded as it is read, scalar by scalar (ASCII in place, nothing allocated for it), and
/// the query is matched on the folded UTF-8 bytes with Knuth–Morris–Pratt, so one pass answers.
public struct FoldedQuery: Sendable, Equatable {
    /// The folded query.
    public let folded: String
    private let bytes: [UInt8]
    /// For each prefix of `bytes`, the length of its longest proper prefix that is also its suffix.
    private let fallback: [Int]

    /// Folds a query as typed.
    public init(_ query: some StringProtocol) {
        self.init(folded: TextFolding.fold(query))
    }

    /// A query that is folded already.
    public init(folded: String) {
        self.folded = folded
        bytes = Array(folded.utf8)
        var fallback = Array(repeating: 0, count: bytes.count)
        var length = 0
        for index in bytes.indices.dropFirst() {
            while length > 0, bytes[index] != bytes[length] { length = fallback[length - 1] }
            if bytes[index] == bytes[length] { length += 1 }
            fallback[index] = length
        }
        self.fallback = fallback
    }

    /// Whether the query is empty (it is then found everywhere).
    public var isEmpty: Bool { bytes.isEmpty }

    /// Whether `text`, folded, contains the query; an empty query is in every text.
    public func isFound(in text: some StringProtocol) -> Bool {
        guard !bytes.isEmpty else { return true }
        var matched = 0
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                matched = advance(matched, UInt8(TextFolding.lowercasedASCII(scalar).value))
                if matched == bytes.count { return true }
                continue
            }
            for folded in TextFolding.fold(scalar) {
                for byte in folded.utf8 {
                    matched = advance(matched, byte)
                    if matched == bytes.count { return true }
                }
            }
        }
        return false
    }

    /// How much of the query is matched after one more byte, given how much was before it.
    private func advance(_ matched: Int, _ byte: UInt8) -> Int {
        var matched = matched
        while matched > 0, bytes[matched] != byte { matched = fallback[matched - 1] }
        return bytes[matched] == byte ? matched + 1 : 0
    }
}
