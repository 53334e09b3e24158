import Foundation
import Testing

extension TmuxTests {
    /// Two small stories written for this test that quote the same person.
    private static let libraryFiles = [
        "a-council.txt": """
            The council met on Monday to discuss the new bridge.

            Mayor Ana Lima said: “The bridge will open in June and it will be free.”

            Tom Reed, the treasurer, said: “The budget for the bridge is tight this year.”
            """,
        "b-ferry.txt": """
            The ferry to the island will run every hour from May.

            Mayor Ana Lima said: “The island deserves a real timetable at last.”
            """,
    ]

    @Test func aFolderOpensOnAllBriefingsAndBracketsCrossArticles() throws {
        let pane = try TmuxPane { [try $0.folder("library", files: Self.libraryFiles)] }
        let screen = try pane.wait(for: "All briefings with Ana Lima in both articles, and Tom Reed") { screen in
            PaneText.text(of: "Briefings", in: screen).contains("▸All briefings")
                && PaneText.text(of: "Speakers", in: screen).contains("2 in 2") && PaneText.statusBar(of: screen).contains("help")
                && PaneText.text(of: "Speakers", in: screen).contains("Tom Reed")
        }
        let speakers = PaneText.text(of: "Speakers", in: screen)
        #expect(speakers.contains("Ana Lima") && speakers.contains("Tom Reed"), "Speakers pane:\n\(speakers)")
        try pane.send("]")
        try pane.wait(for: "the first quote, in the council story") { screen in
            PaneText.statusBar(of: screen).contains("1/2") && PaneText.text(of: "Article", in: screen).contains("open in June")
        }
        try pane.send("]")
        try pane.wait(for: "the ferry story opened at the second quote") { screen in
            PaneText.statusBar(of: screen).contains("2/2") && screen.contains("Article: The ferry to the island")
                && PaneText.text(of: "Article", in: screen).contains("The island deserves")
        }
        try pane.send("q")
        try pane.wait(for: "EXIT=0")
    }
}
