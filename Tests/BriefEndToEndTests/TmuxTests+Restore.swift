import Foundation
import Glibc
import Testing

extension TmuxTests {
    @Test func quitExitsZeroAndRestoresTheTerminal() throws {
        let pane = try TmuxPane(brief: [BriefBinary.seedPath])
        try pane.wait(for: "? help")
        try pane.send("q")
        let screen = try pane.wait(for: ShellScript.restoredModes)
        #expect(screen.contains("EXIT=0"))
    }

    @Test func controlCQuitsAndRestoresTheTerminal() throws {
        let pane = try TmuxPane(brief: [BriefBinary.seedPath])
        try pane.wait(for: "? help")
        try pane.send("C-c")
        let screen = try pane.wait(for: ShellScript.restoredModes)
        #expect(screen.contains("EXIT=0"))
    }

    @Test(arguments: [SIGTERM, SIGHUP])
    func terminatingSignalRestoresTheTerminal(signal: Int32) throws {
        let pane = try TmuxPane(brief: [BriefBinary.seedPath])
        try pane.wait(for: "? help")
        let shell = try #require(Int32(try pane.display("#{pane_pid}")))
        let brief = try #require(ProcessTable.children(of: shell).first)
        kill(brief, signal)
        let screen = try pane.wait(for: ShellScript.restoredModes)
        #expect(screen.contains("EXIT=\(128 + signal)"))
    }
}
