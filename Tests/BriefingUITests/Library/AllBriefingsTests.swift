import Testing
import BriefingKit
@testable import BriefingUI

@Suite struct AllBriefingsTests {
    @Test func allBriefingsIsSelectedWhenALibraryOpensAndListsMergedSpeakers() {
        let reader = LibraryFixtures.reader()
        #expect(reader.showsAllBriefings && reader.briefingCursor == nil)
        let rows = reader.speakerRows
        #expect(rows.map(\.speaker.name) == ["Ana Lima", "Tom Reed", "Pedal Forward", "Sam Cole"])
        #expect(rows.first?.count == 3 && rows.first?.articleCount == 2)
        let screen = reader.view(columns: 100, rows: 16).lines.joined(separator: "\n")
        #expect(screen.contains("▸All briefings"))
        #expect(screen.contains("Speakers: all briefings"))
        #expect(screen.contains("Ana Lima  Mayor       3 in 2"))
        #expect(screen.contains("“The island de…”  The ferry…"), "the Positions pane names each statement's article")
    }

    @Test func bracketsCrossFromOneArticleIntoTheNext() {
        var reader = LibraryFixtures.reader()
        _ = reader.update(.character("]"))
        #expect(reader.articleIndex == 0 && reader.selectedStatement?.text == "We cannot wait another decade for a safe crossing,")
        _ = reader.update(.character("]"))
        #expect(reader.articleIndex == 0 && reader.selectedStatement?.id == "s5")
        _ = reader.update(.character("]"))
        #expect(reader.articleIndex == 1, "the third statement of Ana Lima is in the ferry story")
        #expect(reader.selectedStatement?.text == "The island deserves a real timetable,")
        #expect(reader.showsAllBriefings, "following a speaker stays in All briefings")
        let screen = reader.view(columns: 100, rows: 16).lines.joined(separator: "\n")
        #expect(screen.contains("Article: The ferry to the island"))
        #expect(screen.contains(" 3/3 "))
        _ = reader.update(.character("["))
        #expect(reader.articleIndex == 0 && reader.selectedStatement?.id == "s5")
    }

    @Test func enterOnASpeakerFollowsItAcrossArticles() {
        var reader = LibraryFixtures.reader()
        _ = reader.update(.character("2"))
        _ = reader.update(.character("G"))
        _ = reader.update(.enter)
        #expect(reader.selectedSpeakerID == "sam-cole")
        #expect(reader.libraryPositions == [LibraryStatementRef(article: 1, statement: 1)])
        _ = reader.update(.character("]"))
        #expect(reader.articleIndex == 1 && reader.selectedStatement?.id == "s2")
    }

    @Test func filterNarrowsTheMergedSpeakers() {
        var reader = LibraryFixtures.reader()
        _ = reader.update(.character("f"))
        for character in "COLE" { _ = reader.update(.character(character)) }
        #expect(reader.speakerRows.map(\.speaker.name) == ["Sam Cole"])
        _ = reader.update(.escape)
        #expect(reader.speakerRows.count == 4)
    }

    @Test func selectingAnArticleReturnsToItAlone() {
        var reader = LibraryFixtures.reader()
        _ = reader.update(.character("4"))
        _ = reader.update(.character("G"))
        _ = reader.update(.enter)
        #expect(!reader.showsAllBriefings && reader.articleIndex == 1)
        #expect(reader.speakerRows.map(\.speaker.id) == ["ana-lima", "sam-cole"])
        _ = reader.update(.character("4"))
        _ = reader.update(.character("g"))
        _ = reader.update(.enter)
        #expect(reader.showsAllBriefings && reader.speakerRows.count == 4)
    }

    @Test func progressShowsUntilTheLibraryHasLoaded() {
        var reader = ReaderModel(library: LibraryFixtures.pendingLibrary(), colorsEnabled: false, columns: 100, rows: 16)
        #expect(reader.isLoading)
        #expect(reader.view(columns: 100, rows: 16).lines.last?.contains("loading 0/2") == true)
        reader.apply([LibraryFixtures.update(loading: 0..<1)])
        let partway = reader.view(columns: 100, rows: 16).lines
        #expect(partway.last?.contains("loading 1/2") == true)
        #expect(reader.speakerRows.count == 3, "speakers of the loaded article are listed already")
        reader.apply([LibraryFixtures.update(loading: 1..<2)])
        #expect(!reader.isLoading)
        #expect(reader.view(columns: 100, rows: 16).lines.last?.contains("loading") == false)
        #expect(reader.speakerRows.first?.count == 3 && reader.speakerRows.first?.articleCount == 2)
    }
}
