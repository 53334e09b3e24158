/// Builds compact or indented JSON text with keys in the order they are written.
public struct JSONWriter {
    /// The JSON text written so far.
    public private(set) var output = ""
    private let pretty: Bool
    private var depth = 0
    private var needsComma = [false]

    /// Creates a writer; `pretty` indents with two spaces.
    public init(pretty: Bool = false) {
        self.pretty = pretty
    }

    /// Opens an object, as a value or under `key` inside an object.
    public mutating func beginObject(_ key: String? = nil) { open(key, "{") }
    /// Closes the innermost object.
    public mutating func endObject() { close("}") }
    /// Opens an array, as a value or under `key` inside an object.
    public mutating func beginArray(_ key: String? = nil) { open(key, "[") }
    /// Closes the innermost array.
    public mutating func endArray() { close("]") }

    /// Writes a string value, or null for nil.
    public mutating func string(_ key: String? = nil, _ value: String?) {
        prefix(key)
        if let value { Self.appendQuoted(value, to: &output) } else { output += "null" }
    }

    /// Writes an integer value.
    public mutating func int(_ key: String? = nil, _ value: Int) {
        prefix(key)
        output += String(value)
    }

    /// Writes a boolean value.
    public mutating func bool(_ key: String? = nil, _ value: Bool) {
        prefix(key)
        output += value ? "true" : "false"
    }

    /// Writes an array of strings.
    public mutating func strings(_ key: String? = nil, _ values: [String]) {
        beginArray(key)
        for value in values { string(nil, value) }
        endArray()
    }

    private mutating func open(_ key: String?, _ bracket: String) {
        prefix(key)
        output += bracket
        depth += 1
        needsComma.append(false)
    }

    private mutating func close(_ bracket: String) {
        let hadItems = needsComma.removeLast()
        depth -= 1
        if pretty && hadItems { newline() }
        output += bracket
    }

    private mutating func prefix(_ key: String?) {
        if needsComma[needsComma.count - 1] { output += "," }
        needsComma[needsComma.count - 1] = true
        if pretty && depth > 0 { newline() }
        if let key {
            Self.appendQuoted(key, to: &output)
            output += pretty ? ": " : ":"
        }
    }

    private mutating func newline() {
        output += "\n"
        output += String(repeating: "  ", count: depth)
    }

    /// Appends `value` as a JSON string literal, escaping quotes, backslashes, controls, line separators and U+FEFF
    /// (which some JSON readers drop when it is written raw).
    static func appendQuoted(_ value: String, to output: inout String) {
        output += "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || (0x2028...0x2029).contains(scalar.value) || scalar.value == 0xFEFF {
                    let hex = String(scalar.value, radix: 16)
                    output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        output += "\""
    }
}
