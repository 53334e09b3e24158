/// A list of words parsed once from a multi-line string: words separated by spaces, commas or new lines, `#` comments.
struct WordList: Sendable {
    /// The keys of the words.
    private let table: KeyTable
    /// The keys in list order.
    let keys: [WordKey]

    /// Parses the list.
    init(_ text: String) {
        self.init(keys: WordList.wordKeys(text))
    }

    /// The list of these keys.
    private init(keys: [WordKey]) {
        var table = KeyTable(capacity: keys.count)
        for key in keys { table.insert(key, 1) }
        self.table = table
        self.keys = keys
    }

    /// The words of this list that `other` does not hold, in list order.
    func subtracting(_ other: WordList) -> WordList {
        WordList(keys: keys.filter { !other.contains($0) })
    }

    /// This list followed by the words of `other` it does not hold yet.
    func adding(_ other: WordList) -> WordList {
        WordList(keys: keys + other.subtracting(self).keys)
    }

    /// Whether the list holds the word with this key.
    @inline(__always)
    func contains(_ key: WordKey) -> Bool { table.value(key) != nil }

    /// The keys of the words of a list text, comments dropped, read in one pass over its UTF-8 (separators are ASCII)
    /// and hashed from it.
    static func wordKeys(_ text: String) -> [WordKey] {
        var text = text
        return text.withUTF8 { bytes in
            var keys: [WordKey] = []
            var wordStart: Int?
            var inComment = false
            for index in bytes.indices {
                let byte = bytes[index]
                let separator = byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "#") || byte == UInt8(ascii: " ") || byte == UInt8(ascii: ",")
                if separator, let start = wordStart {
                    keys.append(WordHash.key(utf8: UnsafeBufferPointer(rebasing: bytes[start..<index])))
                    wordStart = nil
                }
                if byte == UInt8(ascii: "\n") {
                    inComment = false
                } else if byte == UInt8(ascii: "#") {
                    inComment = true
                } else if !separator, !inComment, wordStart == nil {
                    wordStart = index
                }
            }
            if let start = wordStart { keys.append(WordHash.key(utf8: UnsafeBufferPointer(rebasing: bytes[start...]))) }
            return keys
        }
    }
}
