/// A list of words parsed once from a multi-line string: words separated by spaces, commas or new lines, `#` comments.
struct WordList: Sendable {
    /// The keys of the words.
    private let table: KeyTable
    /// The keys in list order.
    let keys: [WordKey]

    /// Parses the list.
    init(_ text: String) {
        let words = WordList.words(text)
        var table = KeyTable(capacity: words.count)
        for word in words { table.insert(WordHash.key(word), 1) }
        self.table = table
        self.keys = words.map { WordHash.key($0) }
    }

    /// Whether the list holds the word with this key.
    @inline(__always)
    func contains(_ key: WordKey) -> Bool { table.value(key) != nil }

    /// The words of a list text, comments dropped.
    static func words(_ text: String) -> [Substring] {
        var words: [Substring] = []
        for line in text.split(separator: "\n") {
            let content = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            for word in content.split(whereSeparator: { $0 == " " || $0 == "," }) { words.append(word) }
        }
        return words
    }
}
