import ArgumentParser
import BriefingKit
import BriefingUI

/// `brief bench`: how fast extraction (or loading a whole library) is on this machine.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure extraction speed on generated text and on given files, and check it grows linearly.",
        discussion: """
            With --library: load a generated library at each scale (and a given folder) cold and warm, with memory \
            use, and time the reader's keystrokes (update and frame, 120×40) on it and its work while it loads.

            Build with `swift build -c release` for numbers that mean something.
            """
    )

    @Option(name: .customLong("size"), help: "A generated text size in MB to extract; repeat for several (default: 5 and 50).")
    var sizes: [Int] = []

    @Flag(help: "Benchmark loading whole libraries instead of extracting single texts.")
    var library = false

    @Option(name: .customLong("scale"), help: "With --library: a library scale (1 = 2,225 articles); repeat for several (default: 1, 4, 16; with a folder: 1).")
    var scales: [Int] = []

    @Argument(help: ArgumentHelp("Article files to time as well (with --library: one folder).", valueName: "path"), completion: .file())
    var paths: [String] = []

    /// Rejects sizes and scales below one, and more than one folder for --library.
    func validate() throws {
        if (sizes + scales).contains(where: { $0 < 1 }) { throw ValidationError("Sizes and scales must be 1 or more.") }
        if library, paths.count > 1 { throw ValidationError("--library takes at most one folder.") }
        if !library, !scales.isEmpty { throw ValidationError("--scale goes with --library.") }
        if library, !sizes.isEmpty { throw ValidationError("--size is for extraction; use --scale with --library.") }
    }

    /// Runs the benchmark and prints one line per measurement; a file that cannot be read is reported on stderr.
    func run() throws {
        if library {
            let defaultScales = paths.isEmpty ? [1, 4, 16] : [1]
            let lines = LibraryBenchmark.run(folder: paths.first, scales: scales.isEmpty ? defaultScales : scales, measureLoaded: KeystrokeLines.measure)
            for line in lines { print(line) }
            return
        }
        var failed = false
        for result in ExtractionBenchmark.run(sizes: sizes.isEmpty ? [5, 50] : sizes, files: paths) {
            if paths.contains(result.label), result.bytes == 0, let note = result.note {
                StandardError.write("brief: \(note)")
                failed = true
            } else {
                print(result)
            }
        }
        if failed { throw ExitCode(ExitStatus.inputFailed) }
    }
}
