/// One throughput measurement of the extractor.
public struct BenchmarkResult: Sendable, CustomStringConvertible {
    /// What was measured ("synthetic 5 MB", a file path, "linearity").
    public var label: String
    /// The UTF-8 size of the text, in bytes.
    public var bytes: Int
    /// The extraction's CPU time, in seconds.
    public var seconds: Double
    /// Statements found, as a sanity check that work was done.
    public var statements: Int
    /// Extra information, such as the time ratio of a linearity check.
    public var note: String?

    /// Creates a result.
    public init(label: String, bytes: Int, seconds: Double, statements: Int, note: String? = nil) {
        self.label = label
        self.bytes = bytes
        self.seconds = seconds
        self.statements = statements
        self.note = note
    }

    /// Throughput in megabytes (10⁶ bytes) per CPU second.
    public var megabytesPerSecond: Double { seconds > 0 ? Double(bytes) / 1_000_000 / seconds : 0 }

    /// One line for people: label, size, time, throughput and note.
    public var description: String {
        let size = Double(bytes) / 1_000_000
        var line = "\(label): \(format(size)) MB in \(format(seconds)) s CPU = \(format(megabytesPerSecond)) MB/s, \(statements) statements"
        if let note { line += " (\(note))" }
        return line
    }

    /// A number with two decimals.
    private func format(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        let fraction = abs(hundredths % 100)
        return "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }
}
