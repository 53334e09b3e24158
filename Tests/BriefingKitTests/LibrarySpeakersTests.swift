import Testing
@testable import BriefingKit

@Suite struct LibrarySpeakersTests {
    private func speakers(_ articles: [[(name: String, kind: SpeakerKind)]]) -> LibrarySpeakers {
        LibrarySpeakers(entries: articles.enumerated().map { .loaded(handmadeArticle("a\($0.offset).txt", speakers: $0.element)) })
    }

    @Test func mergesTheSameNameAcrossArticlesIgnoringCaseAndDiacritics() {
        let library = speakers([
            [("James Cleverly", .person)], [("JAMES Cleverly", .person)], [("JAMES CLEVERLY", .person)],
            [("James Cleverly", .person), ("Gerhard Schröder", .person)], [("Gerhard Schroder", .person)],
        ])
        let cleverly = try! #require(library.speaker(id: "james-cleverly"))
        #expect(cleverly.name == "James Cleverly")
        #expect(cleverly.articleCount == 4)
        #expect(cleverly.statementCount == 4)
        #expect(library.speaker(id: "gerhard-schroder")?.articleCount == 2)
        #expect(library.speakers.count == 2)
        #expect(library.speakers.first?.id == "james-cleverly")
    }

    @Test func mergesShortFormsIntoTheOnlyFullNameTheyFit() {
        let library = speakers([
            [("Tony Blair", .person)], [("Mr Blair", .person)], [("Blair", .person)],
            [("Mr Duncan Smith", .person)], [("Iain Duncan Smith", .person)], [("Mr Smith", .person)],
        ])
        let blair = try! #require(library.speaker(id: "tony-blair"))
        #expect(blair.articleCount == 3)
        #expect(blair.aliases.contains("Mr Blair"))
        let duncanSmith = try! #require(library.speaker(id: "iain-duncan-smith"))
        #expect(duncanSmith.articleCount == 3)
        #expect(library.speakers.count == 2)
    }

    @Test func keepsAnAmbiguousSurnameApart() {
        let library = speakers([[("Gordon Brown", .person)], [("Nick Brown", .person)], [("Mr Brown", .person)]])
        #expect(library.speakers.count == 3)
        #expect(library.speaker(id: "brown")?.articleCount == 1)
    }

    @Test func mergesOrganisationsByNameOnlyAndNeverBySurname() {
        let library = speakers([[("Labour", .organisation)], [("LABOUR", .organisation)], [("Pat Labour", .person)]])
        #expect(library.speaker(id: "labour")?.articleCount == 2)
        #expect(library.speaker(id: "pat-labour")?.articleCount == 1)
    }

    @Test func keepsDescriptionsWithTheirArticle() {
        let library = speakers([[("spokesman", .person), ("Labour", .organisation)], [("spokesman", .person), ("Labour", .organisation)]])
        #expect(library.speakers.filter { $0.name == "spokesman" }.map(\.articleCount) == [1, 1])
        #expect(library.speaker(id: "labour")?.articleCount == 2)
    }

    @Test func listsStatementsByArticleThenTextOrderAndFindsMembers() {
        let library = speakers([
            [("Tony Blair", .person), ("Other", .person), ("Tony Blair", .person)],
            [("Mr Blair", .person)],
        ])
        let index = try! #require(library.index(of: "tony-blair"))
        let refs = library.speakers[index].statements
        #expect(refs == [LibraryStatementRef(article: 0, statement: 0), LibraryStatementRef(article: 0, statement: 2), LibraryStatementRef(article: 1, statement: 0)])
        #expect(library.index(article: 1, speakerID: "speaker-0") == index)
        #expect(library.index(article: 0, speakerID: "speaker-1") != index)
    }

    @Test func skipsPendingAndFailedEntries() {
        let entries: [LibraryEntry] = [.pending, .failed(.missing(path: "x.txt")), .loaded(handmadeArticle("c.txt", speakers: [("Ruth Kelly", .person)]))]
        let library = LibrarySpeakers(entries: entries)
        #expect(library.speakers.map(\.members) == [[LibrarySpeakerMember(article: 2, speakerID: "speaker-0")]])
    }

    @Test func libraryIDsStayUniqueForNamesWithoutWords() {
        let library = LibrarySpeakers(entries: [
            .loaded(handmadeArticle("a.txt", speakers: [("—", .person), ("…", .group), ("speaker-0", .person)])),
        ])
        #expect(Set(library.speakers.map(\.id)).count == 3)
    }
}
