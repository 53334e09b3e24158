import Testing
@testable import BriefingKit

@Suite("Subjects away from the cue")
struct SubjectSlotTests {
    /// Sentences whose speaker stands away from the cue or among other candidates (an opening clause, a nested
    /// source): the text, a fragment of the statement, the speaker.
    static let cases: [(String, String, String)] = [
        ("Rep. Jim Barlow (D-Ore.) said the party would win the House this year.", "would win", "Jim Barlow"),
        ("“We will win the House,” Rep. Jim Barlow (D-Ore.) said.", "We will win", "Jim Barlow"),
        ("Senator Ann Cole on Tuesday said that the bill would pass easily.", "bill would pass", "Ann Cole"),
        ("Tom Reed gingerly said the vote was a matter for the people.", "matter for the people", "Tom Reed"),
        ("Mayor Tom Reed of New York, a former teacher, said the budget would be cut.", "budget would be cut", "Tom Reed"),
        ("Tom Reed celebrated in Springfield with supporters and said it was a step closer to victory.", "step closer", "Tom Reed"),
        ("Paul Grant spoke in the United States Tuesday. The Ohio governor said the plan would work well.", "plan would work", "Paul Grant"),
        ("Sen. Lindsey Hale spoke to donors on Friday.\n\nHe said the party would lose without new voters.", "party would lose", "Lindsey Hale"),
        ("“Many would see it as a defeat” if she lost the city, said Ann Lee, an analyst at the institute.", "Many would see", "Ann Lee"),
        ("Shops were busy.\n\nInstead, said Mr. Tom Reed, the new rules were meant to control shoppers.", "new rules were meant", "Tom Reed"),
        ("Ann Cole, the shop's owner, said the survey showed that shoppers wanted change.\n\n“People want to know more about their food.”", "People want to know", "Ann Cole"),
        ("Paul Grant arrived in Leeds.\n\nMr Grant held talks with Ann Cole on Friday over council plans to sell the park. He said afterwards that she had offered some movement.", "offered some movement", "Paul Grant"),
        ("Rival mayors “were stiff and joyless” in comparison to Ann Cole, Tom Reed said.", "were stiff", "Tom Reed"),
        ("According to an old version of the club website, “Title Sponsor” was the top level of support.", "Title Sponsor", "old version of the club website"),
        ("A new county poll shows the mayor leading by ten points among older voters.", "mayor leading", "new county poll"),
        ("Mayor Tom Reed declined to comment.", "comment", "Tom Reed"),
        ("In an interview with the Daily Courier, Tom Reed defended the budget, saying the cuts were fair to everyone.", "cuts were fair", "Tom Reed"),
        ("Ann Cole, 27, a nurse in Leeds, said the ward had been short of staff for months.", "short of staff", "Ann Cole"),
        ("Tom Reed, whose latest firm, Databay, sells maps, said the market was growing fast.", "market was growing", "Tom Reed"),
        ("After Tom Reed criticised the budget, Ann Cole shot back, “We balanced it twice.”", "balanced it twice", "Ann Cole"),
        ("Lord Tom Reed retired in May.\n\nWhen he refused to back Mayor Paul Grant over the merger, in 1998, he said: “I am not going to resign.”",
         "not going to resign", "Tom Reed"),
        ("In response to the ruling, Ann Cole’s lawyers issued a statement, saying: “We will appeal.”", "will appeal", "Ann Cole’s lawyers"),
        ("The sale of the park signals “the beginning of the end” for the town, said Ann Cole, a councillor.",
         "beginning of the end", "Ann Cole"),
        ("Ann Cole chairs the Park Trust.\n\nCole spoke in Leeds on Saturday and says she voted “against.”", "against", "Ann Cole"),
        ("Ann Cole, during a visit to a school in Leeds, Yorkshire, said the plan was “going to work.”", "going to work", "Ann Cole"),
        ("Ann Cole runs the Park Trust. While it is unclear how members vote, they are asked to rank the bids, and the trust is unlikely to be “taken over by developers,” Cole said.",
         "taken over", "Ann Cole"),
        ("Tom Reed and Paul Grant met on Friday.\n\nNeither wanted to talk about the vote. “It was a long night,” he said.", "long night", "Tom Reed"),
        ("In Berea, after winning the primary, Gov. Tom Reed (R-OH), said, “We are ready to go on.”", "ready to go on", "Tom Reed"),
        ("In June 2009, after Tom Reed fell ill, Ann Cole emailed him, addressing him as “Tommy” and telling him, “You are a star player.”",
         "star player", "Ann Cole"),
        ("Councillors who agree that the park should close were annoyed about the plan, with Mayor Ann Cole calling it “a disgrace.”",
         "a disgrace", "Ann Cole"),
        ("Tom Reed spoke to Ann Cole on the show. Later in the show, after the Cole interview concluded, Reed stated of the scandal that the report “was not good.”",
         "was not good", "Tom Reed"),
        ("Ann Cole visited Leeds on Monday. In the evening, she stepped up her attacks on Tom Reed, criticizing him for his “many U-turns on housing.”",
         "many U-turns", "Ann Cole"),
        ("Mr Reed has insisted he has done no deals while Ms Cole says she will not let “gossip” distract her.", "gossip", "Cole"),
        ("The volunteers are Ann Cole and Jo Hart.\n\n\"How are you today?\" Cole, a retired nurse from Leeds, said pleasantly into the phone.",
         "How are you today", "Ann Cole"),
    ]

    @Test func whoIsAtAPlaceOrWhatWasSentSpeaksNotThePlaceOrTheAddressee() {
        let article = extract("""
            Doctors in Leeds said the ward would stay open. The government in Paris said it would not sign the deal. \
            A letter sent to Tom Reed said his licence would not be renewed. Ann Cole in Cardiff said the bridge was safe.
            """)
        #expect(article.speakerName(of: article.statement(containing: "ward would stay")) == "doctors in Leeds")
        #expect(article.speakerName(of: article.statement(containing: "not sign")) == "government in Paris")
        #expect(article.speakerName(of: article.statement(containing: "licence would not")) == "letter sent to Tom Reed")
        #expect(article.speakerName(of: article.statement(containing: "bridge was safe")) == "Ann Cole")
        let made = extract("A survey issued by Datafirm said sales were falling. Senator Tom Reed spoke in Ohio. The senator from Vermont said the bill would pass.")
        #expect(made.speakerName(of: made.statement(containing: "sales were falling")) == "Datafirm")
        #expect(made.speakerName(of: made.statement(containing: "bill would pass")) == "Tom Reed")
    }

    @Test func aFullNameBeforeFromSpeaksForWhereTheyAreFrom() {
        let article = extract("Matthew Herren from EduVision told the BBC that the slates work well. Ann Cole from the Highland Trust said the vote was fair.")
        #expect(article.speakerName(of: article.statement(containing: "slates work well")) == "Matthew Herren")
        #expect(article.speakerName(of: article.statement(containing: "vote was fair")) == "Ann Cole")
        let object = extract("Activists trying to keep Tom Reed from the ballot say they have the votes.")
        #expect(object.speakers.allSatisfy { $0.name != "Tom Reed" })
    }

    @Test(arguments: cases) func speakerIsFound(text: String, fragment: String, speaker: String) {
        let article = extract(text)
        #expect(article.speakerName(of: article.statement(containing: fragment)) == speaker)
    }

    @Test func speakerAfterTheCue() {
        let article = extract("The bill will pass easily, said Ann Cole, a senior fellow at the institute.")
        let statement = article.statement(containing: "bill will pass")
        #expect(article.speakerName(of: statement) == "Ann Cole")
        #expect(statement?.text == "The bill will pass easily")
    }

    @Test func cueInsideTheSentence() {
        let article = extract("In the end, Mr. Reed said, union voters almost always vote for the party.")
        let statement = article.statement(containing: "union voters")
        #expect(article.speakerName(of: statement) == "Reed")
        #expect(statement?.text.hasPrefix("union voters") == true)
    }

    @Test func peopleCloseToSomeoneSpeakForThemselves() {
        let article = extract("People close to Ann Cole say the ferry will be sold. Sources familiar with the harbour board said the sale had stalled.")
        let sold = article.statement(containing: "ferry will be sold")
        #expect(article.speakerName(of: sold) == "people close to Ann Cole")
        #expect(article.speaker(id: sold?.speakerID)?.kind == .group)
        #expect(article.speakerName(of: article.statement(containing: "sale had stalled")) == "sources familiar with the harbour board")
        #expect(!article.speakers.contains { $0.name == "Ann Cole" })
    }

    @Test func relativeClauseLeftOpenKeepsTheSentenceSubject() {
        let article = extract("Mr Gallo, who on Thursday won £150,000 in libel damages from the Daily Courier said he would contest the seat.")
        #expect(article.speakerName(of: article.statement(containing: "contest the seat")) == "Gallo")
    }

    @Test func aCountedGroupOpeningTheSentenceIsTheParticiplesSubject() {
        let article = extract("""
            Jill Stone spoke on Monday.

            Hundreds of pro-Sanders demonstrators marched through Center City on Monday, chanting "Bernie or Jill, No Hill," raising fresh questions.
            """)
        #expect(article.speakerName(of: article.statement(containing: "No Hill")) == "hundreds of pro-Sanders demonstrators")
    }
}
