import Foundation

/// Finds the seed briefing that `brief` opens when no path is given.
enum SeedBriefing {
    /// The seed article's path inside the repository.
    static let relativePath = "seeds/sky-sunak-macron-channel-crossings.txt"

    /// Why the seed could not be found.
    struct NotFound: Error, CustomStringConvertible {
        /// The folders that were searched.
        let searched: [String]

        /// A message for a person: what was searched and what to do.
        var description: String {
            "brief: cannot find the seed briefing \(SeedBriefing.relativePath) (looked in \(searched.joined(separator: ", "))).\nGive an article to open: brief PATH…"
        }
    }

    /// The seed's path: from the source tree this was built from, else from a folder above the executable.
    static func locate() throws -> String {
        let sourceRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        var candidates = [sourceRoot]
        var folder = executableURL().deletingLastPathComponent()
        while folder.path != "/" {
            candidates.append(folder)
            folder.deleteLastPathComponent()
        }
        for root in candidates {
            let seed = root.appendingPathComponent(relativePath)
            if FileManager.default.isReadableFile(atPath: seed.path) { return seed.path }
        }
        throw NotFound(searched: [sourceRoot.path, "the folders above \(executableURL().path)"])
    }

    /// The running executable, with symbolic links resolved.
    private static func executableURL() -> URL {
        let path = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        return URL(fileURLWithPath: path).resolvingSymlinksInPath()
    }
}
