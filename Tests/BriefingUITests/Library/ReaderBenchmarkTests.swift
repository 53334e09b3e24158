import BriefingKit
import Foundation
import Testing
@testable import BriefingUI

@Suite struct ReaderBenchmarkTests {
    @Test func timesEveryKeyOfTheSessionInEveryRound() {
        var library = LibraryFixtures.pendingLibrary()
        library.apply(LibraryFixtures.update(loading: 0..<LibraryFixtures.articles.count))
        let timings = KeystrokeBenchmark.run(library: library, rounds: 2)
        #expect(timings.seconds.count == 2 * KeystrokeBenchmark.session.count)
        #expect(timings.labels.count == timings.seconds.count)
        #expect(timings.seconds.allSatisfy { $0 >= 0 })
        #expect(timings.median <= timings.p99 && timings.p99 <= timings.maximum)
        #expect(timings.labels.contains(timings.slowestLabel))
    }

    @Test func followsALoadToItsEndTimingEachPoll() throws {
        let folder = (NSTemporaryDirectory() as NSString).appendingPathComponent("brief-loading-bench-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try LibraryCorpus.write(to: folder, count: 40)
        let timings = LoadingBenchmark.run(folder: folder, cache: .disabled)
        #expect(!timings.seconds.isEmpty)
        #expect(timings.labels.last?.hasSuffix("40 articles") == true)
    }

    @Test func percentilesUseTheNearestRank() {
        let timings = KeystrokeTimings(seconds: (1...100).map(Double.init), labels: (1...100).map { "key \($0)" })
        #expect(timings.median == 50)
        #expect(timings.p99 == 99)
        #expect(timings.maximum == 100 && timings.slowestLabel == "key 100")
    }
}
