/// The processor time the reader took to answer each key of a session (update plus drawing the frame), on its own thread.
public struct KeystrokeTimings: Sendable {
    /// Each key's time in seconds, in the order pressed.
    public private(set) var seconds: [Double]
    /// A label for each key ("f", "Esc", …), matching `seconds`.
    public private(set) var labels: [String]

    /// Creates timings from per-key seconds and labels (none by default, to `time` them one by one).
    public init(seconds: [Double] = [], labels: [String] = []) {
        self.seconds = seconds
        self.labels = labels
    }

    /// Runs `body` and records the processor time it took on this thread under `label`.
    mutating func time(_ label: String, _ body: () -> Void) {
        seconds.append(ThreadCPUClock.measure(body))
        labels.append(label)
    }

    /// The median time, in seconds.
    public var median: Double { percentile(0.5) }

    /// The 99th percentile, in seconds.
    public var p99: Double { percentile(0.99) }

    /// The slowest key's time, in seconds.
    public var maximum: Double { seconds.max() ?? 0 }

    /// The label of the slowest key.
    public var slowestLabel: String {
        seconds.indices.max { seconds[$0] < seconds[$1] }.map { labels[$0] } ?? ""
    }

    /// The time below which the given fraction of keys answered (nearest rank).
    public func percentile(_ fraction: Double) -> Double {
        let sorted = seconds.sorted()
        guard !sorted.isEmpty else { return 0 }
        let rank = Int((fraction * Double(sorted.count)).rounded(.up)) - 1
        return sorted[min(max(rank, 0), sorted.count - 1)]
    }
}
