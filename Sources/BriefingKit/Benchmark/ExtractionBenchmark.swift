#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Measures extraction throughput on a generated corpus and on given files, and checks that cost is linear.
public enum ExtractionBenchmark {
    /// Runs the extractor on a synthetic corpus of each size (in MB) and on each file, then compares the time of
    /// the largest and smallest synthetic runs with their size ratio.
    public static func run(sizes: [Int] = [5, 50], files: [String] = []) -> [BenchmarkResult] {
        var results: [BenchmarkResult] = []
        for size in sizes {
            let text = ExtractionCorpus.text(bytes: size * 1_000_000)
            results.append(measure(SourceText(path: "synthetic-\(size)mb", text: text), label: "synthetic \(size) MB"))
        }
        for path in files {
            do {
                results.append(measure(try DocumentReader.read(path: path), label: path))
            } catch {
                results.append(BenchmarkResult(label: path, bytes: 0, seconds: 0, statements: 0, note: "\(error)"))
            }
        }
        if let check = linearity(results.filter { $0.label.hasPrefix("synthetic") }) { results.append(check) }
        return results
    }

    /// Times one extraction of a text: the CPU time of this process (what one core spends, whatever else the
    /// machine runs), with the wall-clock time in the note.
    public static func measure(_ source: SourceText, label: String) -> BenchmarkResult {
        let clock = ContinuousClock()
        let start = clock.now
        let cpuStart = cpuSeconds()
        let article = Extractor().analyse(source)
        let cpu = cpuSeconds() - cpuStart
        let elapsed = clock.now - start
        let wall = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let wallMilliseconds = Int((wall * 1000).rounded())
        return BenchmarkResult(label: label, bytes: source.text.utf8.count, seconds: cpu, statements: article.statements.count, note: "wall \(wallMilliseconds) ms")
    }

    /// The CPU time this process has used, in seconds.
    static func cpuSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    /// The time ratio of the largest to the smallest run against their size ratio (linear when about equal).
    static func linearity(_ runs: [BenchmarkResult]) -> BenchmarkResult? {
        guard let small = runs.min(by: { $0.bytes < $1.bytes }), let large = runs.max(by: { $0.bytes < $1.bytes }),
              small.bytes > 0, large.bytes > small.bytes, small.seconds > 0 else { return nil }
        let sizeRatio = Double(large.bytes) / Double(small.bytes)
        let timeRatio = large.seconds / small.seconds
        let verdict = timeRatio <= sizeRatio * 1.5 ? "linear" : "NOT linear"
        return BenchmarkResult(
            label: "linearity", bytes: large.bytes, seconds: large.seconds, statements: large.statements,
            note: "\(Int(sizeRatio.rounded()))× the text took \(Double(Int((timeRatio * 10).rounded())) / 10)× the CPU time: \(verdict)")
    }
}
