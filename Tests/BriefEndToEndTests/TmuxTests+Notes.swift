import Foundation
import Testing

extension TmuxTests {
    @Test func aNoteAddedInTheReaderIsListedAfterQuitting() throws {
        var notesPath = ""
        let pane = try TmuxPane { scratch in
            notesPath = scratch.path("notes.sqlite")
            return [try scratch.write(Fixtures.lateQuotes)]
        }
        try pane.wait(for: "Speakers")
        try pane.send("]")
        try pane.wait(for: "a statement selected") { PaneText.statusBar(of: $0).contains("1/3") }
        try pane.send("a")
        try pane.type("Check the zebra figures, “soon”")
        try pane.send("Enter")
        try pane.wait(for: "the note saved") { PaneText.statusBar(of: $0).contains("notes: 1") }
        try pane.send("q")
        try pane.wait(for: "EXIT=0")
        let listed = try CommandRun.brief("notes", "list", "--notes", notesPath)
        #expect(listed.status == 0)
        #expect(listed.output.contains("Check the zebra figures, “soon”"))
        #expect(listed.output.contains("Zebra crossings are marvellous"))
    }
}
