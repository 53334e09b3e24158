import Foundation
import Testing

extension TmuxTests {
    @Test func articleTextCannotSetTheTitleOrClearTheScreen() throws {
        let pane = try TmuxPane { [try $0.write(Fixtures.injection)] }
        let before = try pane.display("#{pane_title}")
        let screen = try pane.wait(for: "title and")
        #expect(screen.contains("Safe opening line"))
        #expect(screen.hasPrefix("┌"))
        #expect(try pane.display("#{pane_title}") == before)
        #expect(!before.contains("PWNED"))
    }

    @Test(arguments: [("env -u TERM", "TERM is not set"), ("env TERM=dumb", "dumb"), ("env TERM=no-such-terminal-xyz", "no-such-terminal-xyz")])
    func unusableTerminalExplainsAndExitsTwo(prefix: String, message: String) throws {
        let pane = try TmuxPane(brief: [BriefBinary.seedPath], prefix: prefix)
        let screen = try pane.wait(for: "EXIT=")
        #expect(screen.contains("EXIT=2"))
        #expect(screen.contains(message))
        #expect(screen.contains("brief extract"))
    }
}
