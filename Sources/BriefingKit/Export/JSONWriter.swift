/// Builds compact or indented JSON text with keys in the order they are written.
public struct JSONWriter {
    /// The UTF-8 of the JSON text written so far.
    private var bytes: [UInt8] = []
    private let pretty: Bool
    private var depth = 0
    private var needsComma = [false]

    /// Creates a writer; `pretty` indents with two spaces.
    public init(pretty: Bool = false) {
        self.pretty = pretty
    }

    /// The JSON text written so far.
    public var output: String { String(decoding: bytes, as: UTF8.self) }

    /// Opens an object, as a value or under `key` inside an object.
    public mutating func beginObject(_ key: String? = nil) { open(key, UInt8(ascii: "{")) }
    /// Closes the innermost object.
    public mutating func endObject() { close(UInt8(ascii: "}")) }
    /// Opens an array, as a value or under `key` inside an object.
    public mutating func beginArray(_ key: String? = nil) { open(key, UInt8(ascii: "[")) }
    /// Closes the innermost array.
    public mutating func endArray() { close(UInt8(ascii: "]")) }

    /// Writes a string value, or null for nil.
    public mutating func string(_ key: String? = nil, _ value: String?) {
        prefix(key)
        if let value { Self.appendQuoted(value[...], to: &bytes) } else { bytes.append(contentsOf: "null".utf8) }
    }

    /// Writes a string value held as a slice (a block's or statement's text), read from its UTF-8 in place.
    public mutating func string(_ key: String? = nil, _ value: Substring) {
        prefix(key)
        Self.appendQuoted(value, to: &bytes)
    }

    /// Writes an integer value.
    public mutating func int(_ key: String? = nil, _ value: Int) {
        prefix(key)
        bytes.append(contentsOf: String(value).utf8)
    }

    /// Writes a boolean value.
    public mutating func bool(_ key: String? = nil, _ value: Bool) {
        prefix(key)
        bytes.append(contentsOf: (value ? "true" : "false").utf8)
    }

    /// Writes an array of strings.
    public mutating func strings(_ key: String? = nil, _ values: [String]) {
        beginArray(key)
        for value in values { string(nil, value) }
        endArray()
    }

    private mutating func open(_ key: String?, _ bracket: UInt8) {
        prefix(key)
        bytes.append(bracket)
        depth += 1
        needsComma.append(false)
    }

    private mutating func close(_ bracket: UInt8) {
        let hadItems = needsComma.removeLast()
        depth -= 1
        if pretty && hadItems { newline() }
        bytes.append(bracket)
    }

    private mutating func prefix(_ key: String?) {
        if needsComma[needsComma.count - 1] { bytes.append(UInt8(ascii: ",")) }
        needsComma[needsComma.count - 1] = true
        if pretty && depth > 0 { newline() }
        if let key {
            Self.appendQuoted(key[...], to: &bytes)
            bytes.append(UInt8(ascii: ":"))
            if pretty { bytes.append(UInt8(ascii: " ")) }
        }
    }

    private mutating func newline() {
        bytes.append(UInt8(ascii: "\n"))
        for _ in 0..<(depth * 2) { bytes.append(UInt8(ascii: " ")) }
    }

    /// Appends `value` as a JSON string literal, escaping quotes, backslashes, controls, line separators and U+FEFF
    /// (which some JSON readers drop when it is written raw); runs that need no escape are copied whole.
    static func appendQuoted(_ value: Substring, to bytes: inout [UInt8]) {
        var value = value
        bytes.append(UInt8(ascii: "\""))
        value.withUTF8 { utf8 in
            var runStart = 0
            var index = 0
            while index < utf8.count {
                let width = escapedWidth(utf8, at: index)
                guard width > 0 else { index += 1; continue }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
                appendEscape(for: width == 1 ? UInt32(utf8[index]) : decodeThreeBytes(utf8, at: index), to: &bytes)
                index += width
                runStart = index
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<utf8.count]))
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// How many UTF-8 bytes at `index` make a scalar that must be escaped: 1 for a quote, backslash, control or DEL,
    /// 3 for U+2028, U+2029 and U+FEFF, else 0.
    private static func escapedWidth(_ utf8: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let byte = utf8[index]
        if byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0x7F { return 1 }
        guard byte == 0xE2 || byte == 0xEF, index + 2 < utf8.count else { return 0 }
        let (second, third) = (utf8[index + 1], utf8[index + 2])
        let separator = byte == 0xE2 && second == 0x80 && (third == 0xA8 || third == 0xA9)
        let byteOrderMark = byte == 0xEF && second == 0xBB && third == 0xBF
        return separator || byteOrderMark ? 3 : 0
    }

    /// The scalar value of the three-byte UTF-8 sequence at `index`.
    private static func decodeThreeBytes(_ utf8: UnsafeBufferPointer<UInt8>, at index: Int) -> UInt32 {
        (UInt32(utf8[index] & 0x0F) << 12) | (UInt32(utf8[index + 1] & 0x3F) << 6) | UInt32(utf8[index + 2] & 0x3F)
    }

    /// Appends the escape for one scalar: a short form for quote, backslash, line feed, carriage return and tab,
    /// else `\u` and four lower-case hex digits.
    private static func appendEscape(for value: UInt32, to bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "\\"))
        switch value {
        case 0x22: bytes.append(UInt8(ascii: "\""))
        case 0x5C: bytes.append(UInt8(ascii: "\\"))
        case 0x0A: bytes.append(UInt8(ascii: "n"))
        case 0x0D: bytes.append(UInt8(ascii: "r"))
        case 0x09: bytes.append(UInt8(ascii: "t"))
        default:
            bytes.append(UInt8(ascii: "u"))
            for shift in stride(from: 12, through: 0, by: -4) { bytes.append(hexDigits[Int((value >> UInt32(shift)) & 0xF)]) }
        }
    }

    /// The lower-case hex digits of a `\u` escape.
    private static let hexDigits = Array("0123456789abcdef".utf8)
}
