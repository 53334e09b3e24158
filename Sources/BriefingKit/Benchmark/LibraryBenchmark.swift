import Foundation

/// Measures loading a whole library: cold and warm load, first batch, speaker merge, memory, and growth with size.
public enum LibraryBenchmark {
    /// The number of articles of the generated corpus at scale 1, as many as the BBC set.
    public static let baseCount = 2225

    /// Runs on a generated corpus at each scale (1 = 2,225 articles) and, when given, on a folder; caches go to a temp folder.
    ///
    /// `measureLoaded` adds figures taken on each warm-loaded library (the reader's keystrokes, from the `brief` tool).
    public static func run(folder: String? = nil, scales: [Int] = [1, 4, 16], measureLoaded: (LibraryBenchmarkSubject) -> [LibraryBenchmarkLine] = { _ in [] }) -> [LibraryBenchmarkLine] {
        var lines: [LibraryBenchmarkLine] = []
        for scale in scales where scale > 0 {
            let corpus = temporaryFolder("corpus")
            defer { try? FileManager.default.removeItem(atPath: corpus) }
            let count = baseCount * scale
            do {
                let bytes = try LibraryCorpus.write(to: corpus, count: count)
                lines += measure(folder: corpus, label: "generated \(scale)× (\(count) articles, \(megabytesText(bytes)) MB)", measureLoaded: measureLoaded)
            } catch {
                lines.append(LibraryBenchmarkLine(corpus: "generated \(scale)×", metric: "failed", value: 0, unit: "", note: "\(error)"))
            }
        }
        if let folder { lines += measure(folder: folder, label: folder, measureLoaded: measureLoaded) }
        return lines
    }

    /// Loads the folder twice (cold, then warm from the cache written by the first), merges its speakers and runs `measureLoaded` on it.
    public static func measure(folder: String, label: String, measureLoaded: (LibraryBenchmarkSubject) -> [LibraryBenchmarkLine] = { _ in [] }) -> [LibraryBenchmarkLine] {
        let cache = temporaryFolder("cache")
        defer { try? FileManager.default.removeItem(atPath: cache) }
        var lines: [LibraryBenchmarkLine] = []
        func line(_ metric: String, _ value: Double, _ unit: String, _ note: String = "") {
            lines.append(LibraryBenchmarkLine(corpus: label, metric: metric, value: value, unit: unit, note: note))
        }
        let before = LibraryMemory.current()
        for pass in ["cold", "warm"] {
            let timing = timedLoad(folder: folder, cache: .directory(cache))
            let progress = timing.library.progress
            line("\(pass) first batch", timing.firstBatch * 1000, "ms")
            line("\(pass) load", timing.total, "s", "\(progress.total) files, \(progress.cacheHits) hits, \(progress.cacheMisses) misses, cache \(describe(progress.cacheSave))")
            line("\(pass) load CPU time", timing.processorTime, "s", "user + system, all threads")
            guard pass == "warm" else { continue }
            let startCPU = processorSeconds()
            let merge = medianSeconds(runs: 5) { _ = LibrarySpeakers(entries: timing.library.entries) }
            let mergeCPU = (processorSeconds() - startCPU) / 5
            let speakers = timing.library.speakers()
            line("speaker merge", merge * 1000, "ms", "median of 5; \(speakers.speakers.count) library speakers, \(speakers.speakers.reduce(0) { $0 + $1.statementCount }) statements")
            line("speaker merge CPU time", mergeCPU * 1000, "ms", "mean of 5")
            lines += measureLoaded(LibraryBenchmarkSubject(library: timing.library, folder: folder, label: label, cache: .directory(cache)))
            if let after = LibraryMemory.current() {
                line("resident memory", Double(after.resident) / 1_048_576, "MB", "library held; \(megabytesText(after.resident - (before?.resident ?? 0))) MB more than before loading")
                line("peak memory", Double(after.peak) / 1_048_576, "MB", "VmHWM of the whole benchmark process so far")
            }
        }
        return lines
    }

    /// A library load's figures: the library, seconds to the first batch and to the end, processor seconds used.
    private struct Timing {
        let library: Library
        let firstBatch: Double
        let total: Double
        let processorTime: Double
    }

    private static func timedLoad(folder: String, cache: CachePolicy) -> Timing {
        let firstBatch = DispatchSemaphore(value: 0)
        let clock = ContinuousClock()
        let (start, startCPU) = (clock.now, processorSeconds())
        let loader = LibraryLoader(paths: [folder], cache: cache) { firstBatch.signal() }
        loader.start()
        firstBatch.wait()
        let first = clock.now - start
        loader.wait()
        var library = loader.makeLibrary()
        for update in loader.poll() { library.apply(update) }
        return Timing(library: library, firstBatch: seconds(first), total: seconds(clock.now - start), processorTime: processorSeconds() - startCPU)
    }

    /// The processor time the process has used, user and system, in seconds.
    private static func processorSeconds() -> Double {
        var usage = rusage()
        #if canImport(Glibc)
        getrusage(RUSAGE_SELF.rawValue, &usage)
        #else
        getrusage(RUSAGE_SELF, &usage)
        #endif
        func value(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }
        return value(usage.ru_utime) + value(usage.ru_stime)
    }

    private static func medianSeconds(runs: Int, _ body: () -> Void) -> Double {
        let clock = ContinuousClock()
        let times = (0..<runs).map { _ in seconds(clock.measure(body)) }.sorted()
        return times[times.count / 2]
    }

    private static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }

    private static func describe(_ save: CacheSaveResult?) -> String {
        switch save {
        case .saved(let entries): return "written (\(entries) entries)"
        case .failed(let reason): return "not written: \(reason)"
        case .unchanged, nil: return "unchanged"
        }
    }

    private static func megabytesText(_ bytes: Int) -> String {
        String(format: "%.1f", Double(bytes) / 1_048_576)
    }

    private static func temporaryFolder(_ purpose: String) -> String {
        let path = (NSTemporaryDirectory() as NSString).appendingPathComponent("brief-bench-\(purpose)-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }
}
