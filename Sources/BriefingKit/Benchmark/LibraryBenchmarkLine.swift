import Foundation

/// One figure of the library benchmark, printable as a line.
public struct LibraryBenchmarkLine: Sendable, Equatable, CustomStringConvertible {
    /// What was measured on: "generated 1× (2225 articles, 5.1 MB)" or the folder given.
    public var corpus: String
    /// What the figure is: "cold load", "warm load", "speaker merge", "resident memory", …
    public var metric: String
    /// The figure.
    public var value: Double
    /// Its unit: "s", "ms", "MB", "articles", …
    public var unit: String
    /// Extra context ("2225 misses, cache written"), or empty.
    public var note: String

    /// Creates a line.
    public init(corpus: String, metric: String, value: Double, unit: String, note: String = "") {
        self.corpus = corpus
        self.metric = metric
        self.value = value
        self.unit = unit
        self.note = note
    }

    /// "corpus | metric | value unit | note", padded for a terminal.
    public var description: String {
        let figure = value == value.rounded() && value >= 100 ? String(Int(value)) : String(format: "%.3f", value)
        let columns = [corpus.padding(toLength: 40, withPad: " ", startingAt: 0), metric.padding(toLength: 24, withPad: " ", startingAt: 0), "\(figure) \(unit)".padding(toLength: 14, withPad: " ", startingAt: 0)]
        return (columns.joined(separator: "  ") + "  " + note).trimmingCharacters(in: .whitespaces)
    }
}
