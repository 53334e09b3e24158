import Foundation
import Testing

/// `brief` as a command-line tool: JSON Lines, errors, exit statuses, the no-terminal message.
@Suite struct CommandLineTests {
    @Test func extractJSONIsOneSchema1DocumentPerFileWithExactRanges() throws {
        let files = try Scratch()
        defer { withExtendedLifetime(files) {} }
        let second = try files.write(Fixtures.lateQuotes, named: "late.txt")
        let run = try CommandRun.brief("extract", "--json", BriefBinary.seedPath, second)
        #expect(run.status == 0, "stderr: \(run.errors)")
        let lines = run.output.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.count == 2)
        for (line, path) in zip(lines, [BriefBinary.seedPath, second]) {
            let document = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            #expect(document["schema"] as? Int == 1)
            #expect(document["source"] as? String == path)
            let scalars = Array(try String(contentsOfFile: path, encoding: .utf8).unicodeScalars)
            let statements = try #require(document["statements"] as? [[String: Any]])
            for statement in statements {
                let range = try #require(statement["range"] as? [String: Int])
                let start = try #require(range["start"]), end = try #require(range["end"])
                try #require(0 <= start && start <= end && end <= scalars.count)
                var slice = String.UnicodeScalarView()
                slice.append(contentsOf: scalars[start..<end])
                #expect(statement["text"] as? String == String(slice))
            }
        }
    }

    @Test func extractNamesTheSeedsSpeakers() throws {
        let run = try CommandRun.brief("speakers", BriefBinary.seedPath)
        #expect(run.status == 0, "stderr: \(run.errors)")
        for name in ["Sunak", "Cleverly"] { #expect(run.output.contains(name)) }
    }

    @Test func missingFileIsNamedAndTheOthersStillProcessed() throws {
        let missing = "/nonexistent/brief-e2e/missing.txt"
        let run = try CommandRun.brief("extract", "--json", missing, BriefBinary.seedPath)
        #expect(run.status == 1)
        #expect(run.errors.contains(missing))
        #expect(run.output.split(separator: "\n").count == 1)
        #expect(!run.output.contains(missing))
    }

    @Test(arguments: [
        (["quotes", "--kind", "shouted", BriefBinary.seedPath], "shouted"),
        (["extract"], "at least one"),
        (["speakers", "--no-such-option", BriefBinary.seedPath], "--no-such-option"),
        (["bench", "--size", "0"], "1 or more"),
    ])
    func badUsageExitsTwo(arguments: [String], message: String) throws {
        let run = try CommandRun.run(BriefBinary.path, arguments)
        #expect(run.status == 2)
        #expect(run.errors.contains(message))
        #expect(run.output.isEmpty)
    }

    @Test func readerWithoutATerminalExplainsAndExitsTwo() throws {
        let run = try CommandRun.brief(BriefBinary.seedPath)
        #expect(run.status == 2)
        #expect(run.errors.contains("brief extract"))
        #expect(run.errors.contains("brief speakers"))
        #expect(run.output.isEmpty)
    }

    @Test func helpIsAvailableOnEachCommand() throws {
        for command in [[], ["extract"], ["speakers"], ["quotes"], ["bench"]] {
            let run = try CommandRun.run(BriefBinary.path, command + ["--help"])
            #expect(run.status == 0)
            #expect(run.output.contains("USAGE"))
        }
    }
}
