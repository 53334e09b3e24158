import Foundation

/// Where the `brief` binary under test and the repository are.
enum BriefBinary {
    /// The repository root, from this file's place in `Tests/BriefEndToEndTests/`.
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The seed briefing committed in `seeds/`.
    static let seedPath = repositoryRoot.appendingPathComponent("seeds/sky-sunak-macron-channel-crossings.txt").path

    /// `BRIEF_BINARY` if set, else `brief` beside the running test bundle (the build folder that built
    /// these tests, `.build` or another scratch path), else `.build/debug/brief`.
    static let path: String = {
        if let explicit = ProcessInfo.processInfo.environment["BRIEF_BINARY"], !explicit.isEmpty { return explicit }
        let bundle = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        let beside = bundle.deletingLastPathComponent().appendingPathComponent("brief").path
        if FileManager.default.isExecutableFile(atPath: beside) { return beside }
        return repositoryRoot.appendingPathComponent(".build/debug/brief").path
    }()
}
