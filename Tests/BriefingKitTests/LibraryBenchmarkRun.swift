import Foundation
import Testing
@testable import BriefingKit

@Test(.enabled(if: ProcessInfo.processInfo.environment["BRIEF_LIBRARY_BENCH"] != nil))
func libraryBenchmarkRun() {
    let environment = ProcessInfo.processInfo.environment
    let scales = (environment["BRIEF_LIBRARY_BENCH_SCALES"] ?? "1").split(separator: ",").compactMap { Int($0) }
    let folder = environment["BRIEF_LIBRARY_BENCH"].flatMap { $0.isEmpty || $0 == "-" ? nil : $0 }
    for line in LibraryBenchmark.run(folder: folder, scales: scales) { print(line) }
}

@Test(.enabled(if: ProcessInfo.processInfo.environment["BRIEF_LIBRARY_PROFILE"] != nil))
func libraryProfileRun() {
    let folder = ProcessInfo.processInfo.environment["BRIEF_LIBRARY_PROFILE"]!
    let cache = CachePolicy.directory("/tmp/brief-profile-cache")
    let clock = ContinuousClock()
    for _ in 0..<6 {
        var library: Library?
        let load = clock.measure { library = LibraryLoader.loadAll(paths: [folder], cache: cache) }
        var speakers: LibrarySpeakers?
        let merge = clock.measure { speakers = library?.speakers() }
        print("load", load, library!.progress.cacheHits, "merge", merge, speakers!.speakers.count)
    }
    let expand = clock.measure { _ = DocumentReader.expand(paths: [folder]) }
    let files = DocumentReader.expand(paths: [folder]).files
    var sources: [SourceText] = []
    let readDecode = clock.measure { sources = files.map { try! DocumentReader.read(path: $0) } }
    let hash = clock.measure { for source in sources { _ = ExtractionCache.key(of: source) } }
    let article = clock.measure { for source in sources { _ = Article(source: source.path, title: nil, text: source.text, blocks: [], speakers: [], statements: []) } }
    let slicer = clock.measure { for source in sources { _ = ScalarSlicer(source.text) } }
    var raw: [[UInt8]] = []
    let load = clock.measure { raw = files.map { try! FileLoader.load($0) } }
    let decode = clock.measure { for (bytes, path) in zip(raw, files) { _ = try! ArticleTextDecoder.decode(bytes, path: path) } }
    let exact = clock.measure {
        for path in files {
            let descriptor = open(path, O_RDONLY)
            var info = stat()
            fstat(descriptor, &info)
            var bytes = [UInt8](repeating: 0, count: Int(info.st_size))
            _ = bytes.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, Int(info.st_size)) }
            close(descriptor)
        }
    }
    print("single thread: FileLoader.load", load, "exact-size read", exact, "decode", decode)
    print("single thread: expand", expand, "read+decode", readDecode, "key", hash, "Article.init", article, "ScalarSlicer", slicer)
}

@Test(.enabled(if: ProcessInfo.processInfo.environment["BRIEF_LIBRARY_MERGE"] != nil))
func libraryMergeProfileRun() {
    let folder = ProcessInfo.processInfo.environment["BRIEF_LIBRARY_MERGE"]!
    let library = LibraryLoader.loadAll(paths: [folder], cache: .directory("/tmp/brief-profile-cache"))
    let clock = ContinuousClock()
    var times: [Duration] = []
    for _ in 0..<15 { times.append(clock.measure { _ = library.speakers() }) }
    print("merge min", times.min()!, "median", times.sorted()[7])
    var groups = NameGroups()
    let add = clock.measure {
        for (index, entry) in library.entries.enumerated() {
            guard let article = entry.article else { continue }
            for speaker in article.speakers { groups.add(speaker, article: index) }
        }
    }
    var merged: [NameGroup] = []
    let merge = clock.measure { merged = groups.merged() }
    let build = clock.measure { _ = merged.map { $0.speaker() } }
    let folds = clock.measure { for article in library.articles { for speaker in article.speakers { for alias in speaker.aliases + speaker.roles { _ = NameKey.fold(alias) } } } }
    print("phases: add", add, "merged", merge, "speaker()", build, "fold all aliases+roles", folds, "groups", merged.count)
}
