/// A list of words parsed once from a multi-line string: words separated by spaces, commas or new lines, `#` comments.
struct WordList: Sendable {
    /// The keys of the words.
    let keys: Set<WordKey>

    /// Parses the list.
    init(_ text: String) {
        var keys: Set<WordKey> = []
        for word in WordList.words(text) { keys.insert(WordHash.key(word)) }
        self.keys = keys
    }

    /// Whether the list holds the word with this key.
    @inline(__always)
    func contains(_ key: WordKey) -> Bool { keys.contains(key) }

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
