import Testing
@testable import BriefingKit

@Suite("Block kinds")
struct BlockKindTests {
    private let text = """
        Ministers agree new rail plan

        The government has agreed a new plan for rail services, officials said on Monday.

        Click to subscribe to the Daily Briefing wherever you get your podcasts

        Station upgrade
        Image:
        The new station will open in the spring

        ‘A fresh start’

        Please use Chrome browser for a more accessible video player

        Read more:
        Rail fares to rise in March
        Strikes called off after talks

        The plan will be debated in parliament next week.

        You May Also Like
        Former minister Jo Bell says she regrets her vote

        Jo Bell told the committee she should have acted differently…
        """

    @Test func kindsComeFromStructureAndWording() {
        let article = extract(text)
        let kinds = Dictionary(article.blocks.map { ($0.text, $0.kind) }, uniquingKeysWith: { first, _ in first })
        #expect(article.title == "Ministers agree new rail plan")
        #expect(kinds["Ministers agree new rail plan"] == .heading)
        #expect(kinds["Click to subscribe to the Daily Briefing wherever you get your podcasts"] == .boilerplate)
        #expect(kinds["Please use Chrome browser for a more accessible video player"] == .boilerplate)
        #expect(kinds["Image:"] == .caption)
        #expect(kinds["Station upgrade"] == .caption)
        #expect(kinds["The new station will open in the spring"] == .caption)
        #expect(kinds["‘A fresh start’"] == .heading)
        #expect(kinds["Read more:"] == .related)
        #expect(kinds["Strikes called off after talks"] == .related)
        #expect(kinds["The plan will be debated in parliament next week."] == .paragraph)
        #expect(kinds["You May Also Like"] == .related)
        #expect(kinds["Jo Bell told the committee she should have acted differently…"] == .related)
    }

    @Test func teaserPeopleAreNotSpeakers() {
        let article = extract(text)
        #expect(!article.speakers.contains { $0.name.contains("Bell") })
    }

    @Test func markdownHeadingsAreHeadings() {
        let article = extract("# Budget day\n\nThe chancellor said the deficit would fall.\n\n## Reaction\n\nCritics said it was too little.")
        #expect(article.title == "Budget day")
        #expect(article.blocks.map(\.kind) == [.heading, .paragraph, .heading, .paragraph])
        #expect(article.blocks[2].text == "Reaction")
    }

    @Test func softWrappedLinesStayOneBlock() {
        let article = extract("The committee met on Tuesday and agreed to publish its report before\nthe end of the month, members said.")
        #expect(article.blocks.count == 1)
    }
}
