import BriefingKit
import BriefingUI

/// The reader's figures in `brief bench --library`: keystrokes on the loaded library, and taking in batches while it loads.
enum KeystrokeLines {
    /// Times the reader's scripted session on a loaded library, then a warm load with the reader following it.
    static func measure(_ subject: LibraryBenchmarkSubject) -> [LibraryBenchmarkLine] {
        let keys = KeystrokeBenchmark.run(library: subject.library)
        let loading = LoadingBenchmark.run(folder: subject.folder, cache: subject.cache)
        func line(_ metric: String, _ seconds: Double, _ note: String) -> LibraryBenchmarkLine {
            LibraryBenchmarkLine(corpus: subject.label, metric: metric, value: seconds * 1000, unit: "ms", note: note)
        }
        let keysNote = "\(keys.seconds.count) keys, update + 120×40 frame, processor time of the reader's thread"
        return [
            line("keystroke median", keys.median, keysNote),
            line("keystroke p99", keys.p99, keysNote),
            line("keystroke max", keys.maximum, "slowest: \(keys.slowestLabel)"),
            line("reader while loading", loading.maximum, "slowest of \(loading.seconds.count) polls (apply + frame): \(loading.slowestLabel)"),
        ]
    }
}
