import Foundation

/// A temporary folder for one test's files, removed when the test lets go of it.
final class Scratch {
    /// The folder, under the system's temporary directory.
    let url: URL

    /// Creates an empty folder.
    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("brief-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }

    /// The path of `name` inside the folder.
    func path(_ name: String) -> String {
        url.appendingPathComponent(name).path
    }

    /// Writes `text` as UTF-8 to `name` inside the folder and returns the file's path.
    @discardableResult
    func write(_ text: String, named name: String = "article.txt") throws -> String {
        try Data(text.utf8).write(to: URL(fileURLWithPath: path(name)))
        return path(name)
    }

    /// A subfolder holding the given files (name → text), for opening as a briefing.
    func folder(_ name: String, files: [String: String]) throws -> String {
        try FileManager.default.createDirectory(atPath: path(name), withIntermediateDirectories: true)
        for (file, text) in files { try write(text, named: "\(name)/\(file)") }
        return path(name)
    }
}
