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

    /// Times one extraction of a text.
    public static func measure(_ source: SourceText, label: String) -> BenchmarkResult {
        let clock = ContinuousClock()
        let start = clock.now
        let article = Extractor().analyse(source)
        let elapsed = clock.now - start
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        return BenchmarkResult(label: label, bytes: source.text.utf8.count, seconds: seconds, statements: article.statements.count)
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
            note: "\(Int(sizeRatio.rounded()))× the text took \(Int((timeRatio * 10).rounded()) / 10)\(timeRatio < 10 ? "" : "")× the time: \(verdict)")
    }
}
