/// A half-open span of Unicode scalar offsets into an article's decoded text.
public struct TextRange: Hashable, Sendable, Codable {
    /// The first scalar offset of the span.
    public var start: Int
    /// The scalar offset just past the span.
    public var end: Int

    /// Creates a span from `start` up to, not including, `end`.
    public init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }

    /// The number of scalars the span covers.
    public var length: Int { end - start }

    /// Whether `offset` lies inside the span.
    public func contains(_ offset: Int) -> Bool { offset >= start && offset < end }

    /// Whether the two spans share at least one scalar.
    public func overlaps(_ other: TextRange) -> Bool { start < other.end && other.start < end }
}
