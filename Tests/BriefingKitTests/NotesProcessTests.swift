import Foundation
import Testing
@testable import BriefingKit

#if canImport(Glibc)
import Glibc
#endif

/// Tests that run the built `brief` binary as real processes (`brief notes add`, `list`, `export`).
///
/// The binary is the `brief` built next to this test bundle, or `$BRIEF_BINARY`. These tests are
/// skipped when it is missing or does not offer `brief notes` yet.
@Suite("Notes in real processes", .enabled(if: NotesBinary.path != nil, "needs a built `brief` with `brief notes`"))
struct NotesProcessTests {
    /// The binary, known to be there when the suite runs.
    private var brief: String { NotesBinary.path ?? "brief" }

    /// A temporary folder holding an article file (any text: notes on the article need no extraction).
    private func workspace() throws -> (folder: String, article: String, notes: String) {
        let folder = try NotesFixtures.temporaryFolder()
        let article = folder + "/article.txt"
        try NotesFixtures.body.joined(separator: "\n\n").write(toFile: article, atomically: true, encoding: .utf8)
        return (folder, article, folder + "/data/notes.sqlite")
    }

    @Test func noteRoundTripsThroughAddListAndEveryExportFormat() throws {
        let (folder, article, notes) = try workspace()
        defer { NotesFixtures.discard(folder) }
        let added = try NotesBinary.run(brief, ["notes", "add", article, "--text", NotesFixtures.trickyText, "--notes", notes])
        #expect(added.status == 0)
        let id = try #require(Int64(added.output.trimmingCharacters(in: .whitespacesAndNewlines)))

        let listed = try NotesBinary.run(brief, ["notes", "list", "--json", "--notes", notes])
        let document = try JSONSerialization.jsonObject(with: Data(listed.output.utf8)) as? [String: Any]
        let listedNotes = document?["notes"] as? [[String: Any]]
        #expect(listedNotes?.first?["text"] as? String == NotesFixtures.trickyText)
        #expect(listedNotes?.first?["id"] as? Int == Int(id))
        #expect(try NotesBinary.run(brief, ["notes", "list", article, "--notes", notes]).output.contains("Ελληνικά"))

        let json = try NotesBinary.run(brief, ["notes", "export", "--format", "json", article, "--notes", notes])
        let exported = try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any]
        #expect((exported?["notes"] as? [[String: Any]])?.first?["text"] as? String == NotesFixtures.trickyText)

        #expect(try NotesBinary.run(brief, ["notes", "export", "--format", "csv", "-o", folder + "/notes.csv", "--notes", notes]).status == 0)
        let rows = try NotesCSVParser.parse(String(contentsOfFile: folder + "/notes.csv", encoding: .utf8))
        let record = Dictionary(uniqueKeysWithValues: zip(rows[0], rows[1]))
        #expect(record["note"] == NotesFixtures.trickyText)

        let markdown = try NotesBinary.run(brief, ["notes", "export", "--format", "md", "--notes", notes])
        #expect(markdown.output.contains(NotesFixtures.trickyText))

        #expect(try NotesBinary.run(brief, ["notes", "rm", String(id), "--notes", notes]).status == 0)
        #expect(try NotesBinary.run(brief, ["notes", "rm", String(id), "--notes", notes]).status == 1)
        #expect(try NotesBinary.run(brief, ["notes", "add", article, "--statement", "s999", "--text", "x", "--notes", notes]).status == 2)
    }

    @Test func twoProcessesAdding40NotesEachAtOnceLeave80() throws {
        let (folder, article, notes) = try workspace()
        defer { NotesFixtures.discard(folder) }
        let writers = try (0..<2).map { writer -> Process in
            let texts = (0..<40).flatMap { ["--text", "process \(writer) note \($0)"] }
            return try NotesBinary.start(brief, ["notes", "add", article, "--notes", notes] + texts)
        }
        for writer in writers {
            writer.waitUntilExit()
            #expect(writer.terminationStatus == 0)
        }
        let all = try NoteStore(path: notes).allNotes()
        #expect(all.count == 80)
        #expect(Set(all.map(\.text)).count == 80)
    }

    @Test func writerKilledMidBurstLosesNoAcknowledgedNote() throws {
        let (folder, article, notes) = try workspace()
        defer { NotesFixtures.discard(folder) }
        _ = try NoteStore(path: notes)
        let texts = (0..<1000).flatMap { ["--text", "burst note \($0)"] }
        let output = Pipe()
        let writer = try NotesBinary.start(brief, ["notes", "add", article, "--notes", notes] + texts, output: output)
        var acknowledged = ""
        while acknowledged.split(separator: "\n").count < 25 {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            acknowledged += String(decoding: chunk, as: UTF8.self)
        }
        kill(writer.processIdentifier, SIGKILL)
        writer.waitUntilExit()
        acknowledged += String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(writer.terminationReason == .uncaughtSignal)

        let ids = Set(acknowledged.split(separator: "\n").compactMap { Int64($0) })
        #expect(ids.count >= 25)
        let store = try NoteStore(path: notes)
        #expect(try store.integrityCheck() == ["ok"])
        let stored = Set(try store.allNotes().map(\.id))
        #expect(ids.isSubset(of: stored))
        #expect(stored.count < 1000)
        #expect(try store.add(.article(NotesFixtures.standard(), text: "after the kill")).id > 0)
    }
}

/// Finding and running the `brief` binary.
enum NotesBinary {
    /// The `brief` binary when it offers `brief notes`, else nil.
    static let path: String? = {
        let environment = ProcessInfo.processInfo.environment
        let bundleFolder = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent()
        let candidate = environment["BRIEF_BINARY"] ?? bundleFolder.appendingPathComponent("brief").path
        guard FileManager.default.isExecutableFile(atPath: candidate),
              let help = try? run(candidate, ["notes", "--help"]), help.output.contains("notes <subcommand>")
        else { return nil }
        return candidate
    }()

    /// Starts the binary with `arguments`, caching off (never in the user's cache); standard output goes to `output`
    /// when given, else is discarded.
    static func start(_ binary: String, _ arguments: [String], output: Pipe? = nil) throws -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(["BRIEF_CACHE": "off"]) { $1 }
        process.standardOutput = output ?? FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    /// Runs the binary to the end and returns its exit status and standard output.
    static func run(_ binary: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let output = Pipe()
        let process = try start(binary, arguments, output: output)
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
