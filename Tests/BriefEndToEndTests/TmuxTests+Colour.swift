import Foundation
import Testing

extension TmuxTests {
    /// An SGR sequence that sets a foreground or background colour (not the default-colour 39/49).
    static let colourSequence = try! Regex(#"\x1B\[(?:[0-9;]*;)?(?:3[0-8]|4[0-8]|9[0-7]|10[0-7])[;m]"#)

    @Test func colouredByDefault() throws {
        let pane = try TmuxPane(command: ShellScript.runningBrief([BriefBinary.seedPath]))
        let screen = try pane.wait(for: "the status bar", escapes: true) { $0.contains("? help") }
        #expect(screen.contains(Self.colourSequence))
    }

    @Test func noColorTurnsColoursOffButKeepsAttributes() throws {
        let pane = try TmuxPane(command: ShellScript.runningBrief([BriefBinary.seedPath]), environment: ["NO_COLOR": "1"])
        let screen = try pane.wait(for: "the status bar", escapes: true) { $0.contains("? help") }
        #expect(!screen.contains(Self.colourSequence))
        #expect(screen.contains("\u{1B}[7m") || screen.contains(";7m"), "the status bar stays reversed")
    }
}
