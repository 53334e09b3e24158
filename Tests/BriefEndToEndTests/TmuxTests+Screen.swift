import Foundation
import Testing

extension TmuxTests {
    @Test func firstScreenShowsTheArticleThePanesAndTheSpeakers() throws {
        let pane = try TmuxPane(brief: [BriefBinary.seedPath])
        let screen = try pane.wait(for: "the three panes and the status bar") {
            $0.contains("Article") && $0.contains("Speakers") && $0.contains("Positions") && $0.contains("? help")
        }
        #expect(screen.contains("Rishi Sunak will use talks"))
        let speakers = PaneText.text(of: "Speakers", in: screen)
        for name in ["Sunak", "Cleverly"] { #expect(speakers.contains(name), "Speakers pane:\n\(speakers)") }
    }

    @Test func bracketBringsTheSelectedSpeakersQuoteIntoTheArticle() throws {
        let pane = try TmuxPane { [try $0.write(Fixtures.lateQuotes)] }
        let first = try pane.wait(for: "Speakers")
        #expect(!PaneText.text(of: "Article", in: first).contains("Zebra crossings"))
        try pane.send("2", "Enter")
        try pane.wait(for: "Smith selected in the status bar") { PaneText.statusBar(of: $0).contains("Smith") }
        try pane.send("]")
        try pane.wait(for: "Smith's first quote in the article, 1/2 in the status bar") { screen in
            PaneText.text(of: "Article", in: screen).contains("Zebra crossings") && PaneText.statusBar(of: screen).contains("1/2")
        }
    }

    @Test func filterNarrowsTheSpeakersToOne() throws {
        let pane = try TmuxPane { [try $0.write(Fixtures.lateQuotes)] }
        try pane.wait(for: "both speakers") { PaneText.text(of: "Speakers", in: $0).contains("Anna Smith") && $0.contains("Tom Jones") }
        try pane.send("f")
        try pane.type("jones")
        try pane.send("Enter")
        let screen = try pane.wait(for: "only Tom Jones in the Speakers pane") { screen in
            let speakers = PaneText.text(of: "Speakers", in: screen)
            return speakers.contains("Tom Jones") && !speakers.contains("Anna Smith")
        }
        #expect(PaneText.statusBar(of: screen).contains("jones"))
    }

    @Test func resizingToNarrowAndBackKeepsTheReaderWorking() throws {
        let pane = try TmuxPane(brief: [BriefBinary.seedPath])
        try pane.wait(for: "Speakers")
        try pane.resize(columns: 70, rows: 20)
        let narrow = try pane.wait(for: "the status bar at 70×20") { screen in
            let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
            return lines.count >= 20 && lines[19].contains("help") && lines.allSatisfy { $0.count <= 70 }
        }
        #expect(narrow.contains("Rishi Sunak"))
        try pane.resize(columns: 120, rows: 40)
        try pane.wait(for: "the side panes again at 120×40") { $0.contains("Speakers") && $0.contains("Positions") }
        try pane.send("q")
        try pane.wait(for: "EXIT=0")
    }
}

extension TmuxTests {
    @Test func wideAndCombiningCharactersKeepTheFramesAligned() throws {
        let pane = try TmuxPane { [try $0.write(Fixtures.wideText)] }
        let screen = try pane.wait(for: "the whole frame, Tanaka in it") { screen in
            screen.contains("Tanaka") && screen.split(separator: "\n").count >= 40 && screen.contains("help")
        }
        let rows = screen.split(separator: "\n").dropLast()
        #expect(rows.count == 39)
        for row in rows {
            #expect(["│", "┐", "┘"].contains(row.last.map(String.init) ?? ""), "row not closed by a frame: \(row)")
        }
    }

    @Test func aFolderOpensWithTheBriefingsPane() throws {
        let pane = try TmuxPane { [try $0.folder("briefing", files: ["a-first.txt": Fixtures.lateQuotes, "b-second.md": Fixtures.wideText])] }
        let screen = try pane.wait(for: "both files listed once loaded") { PaneText.text(of: "Briefings", in: $0).contains("Opening") }
        let briefings = PaneText.text(of: "Briefings", in: screen)
        #expect(briefings.contains("Ministers"), "the first file's opening words: \(briefings)")
        #expect(briefings.contains("Opening"), "the second file's opening words: \(briefings)")
    }
}
