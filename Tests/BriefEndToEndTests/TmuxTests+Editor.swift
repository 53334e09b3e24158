import Foundation
import Testing

extension TmuxTests {
    @Test func capitalAEditsTheNoteInTheEditorAndComesBack() throws {
        let editor = "printf 'written in the editor\\n' >"
        let pane = try TmuxPane(environment: ["EDITOR": editor]) { [try $0.write(Fixtures.lateQuotes)] }
        try pane.wait(for: "Speakers")
        try pane.send("]")
        try pane.wait(for: "a statement selected") { PaneText.statusBar(of: $0).contains("1/3") }
        try pane.send("A")
        let screen = try pane.wait(for: "the note saved and the reader redrawn") { screen in
            PaneText.statusBar(of: screen).contains("Note saved") && PaneText.statusBar(of: screen).contains("notes: 1")
        }
        #expect(screen.contains("Positions"))
        try pane.send("q")
        try pane.wait(for: "EXIT=0")
    }
}
