import Foundation
import Testing
@testable import BriefingKit

@Suite("Seed article")
struct ExtractionSeedTests {
    /// The committed seed article, located from this file.
    private func seed() throws -> Article {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let path = root.appendingPathComponent("seeds/sky-sunak-macron-channel-crossings.txt").path
        return Extractor().analyse(try DocumentReader.read(path: path))
    }

    @Test func requiredSpeakersAndRolesAreFound() throws {
        let article = try seed()
        let roles = Dictionary(article.speakers.map { ($0.name, $0.roles.map { $0.lowercased() }) }, uniquingKeysWith: { first, _ in first })
        #expect(roles["Rishi Sunak"]?.contains("prime minister") == true)
        #expect(roles["Emmanuel Macron"]?.contains("president") == true)
        #expect(roles["James Cleverly"]?.contains("foreign secretary") == true)
        #expect(roles["Yvette Cooper"]?.contains("shadow home secretary") == true)
        #expect(roles["Labour"] != nil && roles["Downing Street"] != nil)
        for teaser in ["David Cameron", "Boris Johnson", "Rachel Reeves"] {
            #expect(!article.speakers.contains { $0.name == teaser })
        }
    }

    @Test func keyStatementsHaveTheRightSpeaker() throws {
        let article = try seed()
        let expected = [
            ("go further", "Rishi Sunak"),
            ("more funding will be provided", "James Cleverly"),
            ("both governments would be looking", "James Cleverly"),
            ("stopped around half of the attempted crossings", "James Cleverly"),
            ("Certainly we are going in there", "Rishi Sunak"),
            ("We need a new agreement with France", "Yvette Cooper"),
            ("jury is out", "Liz Truss"),
            ("France is our nearest neighbour", "James Cleverly"),
        ]
        for (fragment, speaker) in expected {
            #expect(article.speakerName(of: article.statement(containing: fragment)) == speaker, "\(fragment)")
        }
    }

    @Test func boilerplateAndCaptionsStayOutOfTheBody() throws {
        let article = try seed()
        let body = article.blocks.filter { $0.kind == .paragraph }.map(\.text).joined(separator: "\n")
        #expect(!body.contains("Click to subscribe"))
        #expect(!body.contains("Please use Chrome browser"))
        #expect(!body.contains("Mr Macron is not expected to agree"))
        #expect(!body.contains("You May Also Like"))
    }
}
