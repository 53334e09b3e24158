import Foundation
import Testing

extension TmuxTests {
    /// Whether a captured screen has an SGR sequence that sets a colour (not the default colours 39/49).
    static func hasColour(_ screen: String) -> Bool {
        screen.contains(/\x1B\[(?:[0-9;]*;)?(?:3[0-8]|4[0-8]|9[0-7]|10[0-7])[;m]/)
    }

    @Test func colouredByDefault() throws {
        let pane = try TmuxPane(brief: [BriefBinary.seedPath])
        let screen = try pane.wait(for: "the status bar", escapes: true) { $0.contains("? help") }
        #expect(Self.hasColour(screen))
    }

    @Test func noColorTurnsColoursOffButKeepsAttributes() throws {
        let pane = try TmuxPane(brief: [BriefBinary.seedPath], environment: ["NO_COLOR": "1"])
        let screen = try pane.wait(for: "the status bar", escapes: true) { $0.contains("? help") }
        #expect(!Self.hasColour(screen))
        #expect(screen.contains("\u{1B}[7m") || screen.contains(";7m"), "the status bar stays reversed")
    }
}
