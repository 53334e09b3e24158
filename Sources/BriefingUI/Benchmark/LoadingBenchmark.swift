import BriefingKit
import Dispatch

/// Times the reader taking in a library while it loads: each `apply` of the loader's batches and the frame after it, as the terminal loop does.
public enum LoadingBenchmark {
    /// Loads the folder with a reader on it (All briefings shown), timing the reader's work for each poll that brought batches.
    public static func run(folder: String, cache: CachePolicy, columns: Int = 120, rows: Int = 40) -> KeystrokeTimings {
        let batchReady = DispatchSemaphore(value: 0)
        let loader = LibraryLoader(paths: [folder], cache: cache) { batchReady.signal() }
        var model = ReaderModel(library: loader.makeLibrary(), colorsEnabled: true, columns: columns, rows: rows)
        _ = model.view(columns: columns, rows: rows)
        loader.start()
        var timings = KeystrokeTimings()
        while model.isLoading {
            let updates = loader.poll()
            guard !updates.isEmpty else {
                batchReady.wait()
                continue
            }
            timings.time("\(updates.count) batches up to \(updates.last.map { $0.firstIndex + $0.entries.count } ?? 0) articles") {
                model.apply(updates)
                _ = model.view(columns: columns, rows: rows)
            }
        }
        return timings
    }
}
