import Foundation

/// Article files the tests write for themselves into temporary folders.
enum Fixtures {
    /// A new empty folder under the system's temporary directory.
    static func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("brief-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// Writes `text` as UTF-8 to `name` inside a new temporary folder and returns the file's path.
    static func write(_ text: String, named name: String = "article.txt") throws -> String {
        let file = try temporaryFolder().appendingPathComponent(name)
        try Data(text.utf8).write(to: file)
        return file.path
    }

    /// Enough filler paragraphs that what follows them starts below a 40-row screen.
    static let filler = (1...14).map { "Paragraph \($0) of background: the council met on Tuesday and the weather was mild for the season." }
        .joined(separator: "\n\n")

    /// An article whose quotes all sit below the first screen: Anna Smith twice, Tom Jones once.
    static let lateQuotes = """
        Ministers gathered in Leeds for a meeting about transport.

        \(filler)

        Anna Smith, the transport secretary, said: “Zebra crossings are marvellous and we will build more of them.”

        Tom Jones, the shadow minister, said: “Pelican crossings are better value for money.”

        Ms Smith said: “We will publish the plans in the spring.”
        """
}
