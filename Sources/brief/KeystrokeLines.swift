import BriefingKit
import BriefingUI

/// The keystroke figures of `brief bench --library`, as benchmark lines.
enum KeystrokeLines {
    /// Times the reader's scripted session on a loaded library and reports median, p99 and the slowest key.
    static func measure(library: Library, label: String) -> [LibraryBenchmarkLine] {
        let timings = KeystrokeBenchmark.run(library: library)
        let note = "\(timings.seconds.count) keys, update + 120×40 frame"
        return [
            LibraryBenchmarkLine(corpus: label, metric: "keystroke median", value: timings.median * 1000, unit: "ms", note: note),
            LibraryBenchmarkLine(corpus: label, metric: "keystroke p99", value: timings.p99 * 1000, unit: "ms", note: note),
            LibraryBenchmarkLine(corpus: label, metric: "keystroke max", value: timings.maximum * 1000, unit: "ms", note: "slowest: \(timings.slowestLabel)"),
        ]
    }
}
