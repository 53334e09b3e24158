/// A list of words parsed once from a multi-line string: words separated by spaces, commas or new lines, `#` comments.
struct WordList: Sendable {
    /// The keys of the words.
    private let table: KeyTable
    /// The keys in list order.
    let keys: [WordKey]

    /// Parses the list.
    init(_ text: String) {
        let keys = WordList.words(text).map { WordHash.key($0) }
        var table = KeyTable(capacity: keys.count)
        for key in keys { table.insert(key, 1) }
        self.table = table
        self.keys = keys
    }

    /// Whether the list holds the word with this key.
    @inline(__always)
    func contains(_ key: WordKey) -> Bool { table.value(key) != nil }

    /// The words of a list text, comments dropped, read in one pass over its UTF-8 (separators are ASCII).
    static func words(_ text: String) -> [Substring] {
        var words: [Substring] = []
        let utf8 = text.utf8
        var wordStart: String.Index?
        var inComment = false
        var index = utf8.startIndex
        while index != utf8.endIndex {
            let byte = utf8[index]
            let separator = byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "#") || byte == UInt8(ascii: " ") || byte == UInt8(ascii: ",")
            if separator, let start = wordStart {
                words.append(text[start..<index])
                wordStart = nil
            }
            if byte == UInt8(ascii: "\n") {
                inComment = false
            } else if byte == UInt8(ascii: "#") {
                inComment = true
            } else if !separator, !inComment, wordStart == nil {
                wordStart = index
            }
            index = utf8.index(after: index)
        }
        if let start = wordStart { words.append(text[start..<utf8.endIndex]) }
        return words
    }
}
