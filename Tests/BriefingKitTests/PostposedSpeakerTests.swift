import Testing
@testable import BriefingKit

@Suite("Speakers named after a quotation or a participle")
struct PostposedSpeakerTests {
    @Test func aNameAfterANamingVerbIsNoSpeaker() {
        let article = extract("Acme is launching a service to let people publish diaries online, called Acme Spaces. The plan will fail, said Ann Lee.")
        #expect(article.speakers.allSatisfy { $0.name != "Acme Spaces" })
        #expect(article.speakerName(of: article.statement(containing: "plan will fail")) == "Ann Lee")
    }

    @Test func aQuotationAttributedAccordingToANameGoesToThePerson() {
        let article = extract("Sales fell in a period that, according to Gartner analyst Carolina Milanesi is “seldom strong”.")
        #expect(article.speakerName(of: article.statement(containing: "seldom strong")) == "Carolina Milanesi")
    }

    @Test func theOneQuotedAsSayingSpeaks() {
        let article = extract("""
            “He has been ripping people off for years,” AP quoted prosecutor Russell McGuire as saying. The Financial \
            Times quoted chief executive Tom Reed as saying that profits would fall. Acme has held merger talks with \
            Bolt Industries, Reuters quoted sources as saying.
            """)
        #expect(article.speakerName(of: article.statement(containing: "ripping people off")) == "Russell McGuire")
        #expect(article.statement(containing: "profits would fall")?.text == "profits would fall")
        #expect(article.speakerName(of: article.statement(containing: "profits would fall")) == "Tom Reed")
        #expect(article.speakerName(of: article.statement(containing: "merger talks")) == "sources")
    }

    @Test func partyAndStateTagBeforeTheCueKeepsTheName() {
        let article = extract("""
            The museum opened its doors to some 40 events, according to spokesman Ivo Brandt.

            “Perpetual motion!” Rep. Dana Whitcombe, R-Pa., said of the week.
            """)
        #expect(article.speakerName(of: article.statement(containing: "Perpetual motion")) == "Dana Whitcombe")
    }

    @Test func placeWithAbbreviationInAnAppositionKeepsTheName() {
        let article = extract("""
            “Both of them scare me,” Harold Penn, 30, of Raleigh, N.C., who was among those polled, said in an interview.
            """)
        #expect(article.speakerName(of: article.statement(containing: "scare me")) == "Harold Penn")
    }

    @Test func webAddressInAnAppositionKeepsTheName() {
        let article = extract("""
            Sales have tripled. Latest figures suggest it has sold more than 600,000 copies.

            "It is very encouraging for the firm," Jon Hale, editor of Gamesworld.com told reporters. "It is a real contest now."
            """)
        #expect(article.speakerName(of: article.statement(containing: "very encouraging")) == "Jon Hale")
        #expect(article.speakerName(of: article.statement(containing: "real contest")) == "Jon Hale")
    }

    @Test func quotedNameInsideTheAppositionKeepsTheSpeaker() {
        let article = extract("""
            “We have had better conventions than this one,” Texas delegate Bill Eastmoor, wearing a cowboy hat and “Dan Cole” campaign pins, said.
            """)
        #expect(article.speakerName(of: article.statement(containing: "better conventions")) == "Bill Eastmoor")
    }

    @Test func descriptionWithOfBeforeTheNameAfterACue() {
        let article = extract("“Thanks for welcoming these families,” said master of ceremonies Omar Haddad, an engineer from Homs.")
        #expect(article.speakerName(of: article.statement(containing: "welcoming these families")) == "Omar Haddad")
    }

    @Test func participleTakesTheNameBeforeAnAdverb() {
        let article = extract("""
            Supporters pushed a Greenpeace protester out of the hall, with Mayor Carla Dunn reportedly shouting: “Get him out of here!”
            """)
        #expect(article.speakerName(of: article.statement(containing: "Get him out")) == "Carla Dunn")
    }

    @Test func nameBeforeTheCueOutranksAGlossAfterTheQuotation() {
        let article = extract("""
            “The mood is like the 1960s,” the dawn of the modern movement, Dale Brent says.

            “She is a mother of three young boys,” another friend, Miriam Ezra told the paper.
            """)
        #expect(article.speakerName(of: article.statement(containing: "like the 1960s")) == "Dale Brent")
        #expect(article.speakerName(of: article.statement(containing: "three young boys")) == "Miriam Ezra")
    }

    @Test func partialQuotesInAClauseBelongToTheNameBeforeTheClosingCue() {
        let article = extract("""
            Students at Harlow College cheered the senator on Monday.

            His backing will carry "a great deal of weight" and give candidates the "grass-roots firepower" they need to win, group spokesman Owen Pratt said.
            """)
        #expect(article.speakerName(of: article.statement(containing: "great deal of weight")) == "Owen Pratt")
        #expect(article.speakerName(of: article.statement(containing: "grass-roots firepower")) == "Owen Pratt")
    }

    @Test func aLongTitleBeforeTheNameAfterTheClauseKeepsTheName() {
        let article = extract("""
            Judicial Watch sued in May. James Abbot spoke.

            "If State obtains more records, it intends to search them for records" that would respond to requests, Justice Department senior trial counsel Carla Wolverton wrote in a court filing.
            """)
        #expect(article.speakerName(of: article.statement(containing: "obtains more records")) == "Carla Wolverton")
        #expect(article.statement(containing: "court filing") == nil)
    }

    @Test func aNameBeforeAnAppositionLeftOpenSpeaks() {
        let article = extract("""
            Ben Ortiz, a spokesman for the Harlan Re-Election Campaign said the measure was taken for security reasons.
            """)
        #expect(article.speakerName(of: article.statement(containing: "security reasons")) == "Ben Ortiz")
    }

    @Test func aNameBeforeARoleAppositionLeftOpenHoldsTheStance() {
        let article = extract("""
            Ann Dorley, marketing manager at Quick Prints believes high street printing will keep its customers. "Some people will print at home," she said.
            """)
        #expect(article.speakerName(of: article.statement(containing: "print at home")) == "Ann Dorley")
    }

    @Test func heSaidClosingASentenceRepeatsItsFirstSpeaker() {
        let article = extract("""
            "He is feeling defensive about my observation," Ted Crane said.

            Crane spokesman Rick Tyler said that the campaign will show voters that Crane has "guiding principles to make critical decisions," he said.
            """)
        #expect(article.speakerName(of: article.statement(containing: "guiding principles")) == "Rick Tyler")
    }

    @Test func aNameAfterADescriptionAfterTheCueSpeaksBeforeAnotherApposition() {
        let article = extract("""
            Freddy Tramp joined a fraternity.

            "It may have been his first attempt to make his own way," said his best friend at Lehigh, Bruce Turvey, who, like other former brothers, spoke fondly of him.
            """)
        #expect(article.speakerName(of: article.statement(containing: "first attempt")) == "Bruce Turvey")
    }

    @Test func aDescriptionBeforeAPrepositionSpeaksNotItsObject() {
        let article = extract("""
            Citizens in a majority of nations surveyed in a Halden Institute poll believe the world economy is worsening.
            """)
        let speaker = article.speakerName(of: article.statement(containing: "economy is worsening"))
        #expect(speaker?.hasPrefix("citizens") == true)
    }

    @Test func heSaidAfterAFullQuotationKeepsThePronounsSpeaker() {
        let article = extract("""
            Paul Scully called on the authorities to look at the number of games.

            Sean Lang, Scully's team-mate, has expressed doubts about his future "I think Sean's situation is to do with the games we're playing," he said.
            """)
        #expect(article.speakerName(of: article.statement(containing: "Sean's situation")) == "Paul Scully")
    }

    @Test func aDescriptionBeforeAParticipleHoldsTheStanceNotItsObject() {
        let article = extract("""
            John Prestwick met union leaders on Monday.

            The five unions meeting Mr Prestwick want the government to withdraw these regulations.
            """)
        let speaker = article.speakerName(of: article.statement(containing: "withdraw these regulations"))
        #expect(speaker?.hasPrefix("five unions") == true)
    }

    @Test func aGroupAfterTheClosingCueSaysTheSentenceBeforeIt() {
        let article = extract("Dozens of county councils are unready for the new rules on waste, say campaigners.")
        let statement = article.statement(containing: "county councils are unready")
        #expect(article.speakerName(of: statement) == "campaigners")
        #expect(statement?.kind == .reported)
    }

    @Test func aGroupAfterToldBeforeTheQuotationHeardIt() {
        let article = extract("""
            Maria Ostrander, who phoned her rival after the count, told her supporters, “We will be back next year.”
            """)
        #expect(article.speakerName(of: article.statement(containing: "back next year")) == "Maria Ostrander")
        #expect(article.statements.allSatisfy { article.speakerName(of: $0) != "her supporters" })
    }

    @Test func aCoChairmanBeforeTheNameAfterTheClauseSpeaks() {
        let article = extract("Mr Hale will host a news conference at the party's London HQ every morning, Tory co-chairman Lee Foxton said.")
        #expect(article.speakerName(of: article.statement(containing: "news conference")) == "Lee Foxton")
    }

    @Test func aParticipleAfterAVerbsObjectBelongsToTheSubject() {
        let article = extract("""
            Damon Hockley joined him. Mr Hockley also left the Unity Party saying Mr Kilby would "deliver better" as leader. Labour hit back, with election coordinator Alan Milton accusing Mr Kilby of a "fraudulent prospectus".
            """)
        #expect(article.speakerName(of: article.statement(containing: "deliver better")) == "Damon Hockley")
        #expect(article.speakerName(of: article.statement(containing: "fraudulent prospectus")) == "Alan Milton")
    }
}
