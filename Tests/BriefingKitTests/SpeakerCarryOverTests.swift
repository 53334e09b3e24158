import Testing
@testable import BriefingKit

@Suite("A speaker carried over to the quotation that follows")
struct SpeakerCarryOverTests {
    @Test func paragraphEndingWithAColonIntroducesItsPerson() {
        let article = extract("""
            In response to the floods, Senate candidate Dana Whitfield issued the following statement:

            “Our thoughts are with the families who lost their homes this week.”
            """)
        #expect(article.speakerName(of: article.statement(containing: "Our thoughts")) == "Dana Whitfield")
    }

    @Test func paragraphEndingWithAColonAndNamingNoOneIntroducesNoOne() {
        let article = extract("""
            The sign on the door read:

            “Closed until further notice because of the floods.”
            """)
        #expect(article.speakerName(of: article.statement(containing: "Closed until")) == nil)
    }

    @Test func cueWithAShortObjectHandsItsSpeakerToTheNextQuotation() {
        let article = extract("""
            Mona Reyes said the filibuster was a stand for fairness. Sen. Tod Cramer, a candidate who has made the issue his own, tweeted a warning. “Remember in November the senators who blocked this bill.”
            """)
        #expect(article.speakerName(of: article.statement(containing: "Remember in November")) == "Tod Cramer")
    }

    @Test func teamPositionAndAgeSubjectStandForThePlayerNamedBefore() {
        let article = extract("""
            Richard Dunn is ready to commit his future to Manchester City.

            He was once threatened with the sack by City boss Kevin Kegan. Early talks have taken place and the defender said: “Hopefully something will be sorted out soon.” Newcastle boss Graham Sounes is said to have been impressed by Dunn's form. But the 25-year-old Dubliner underlined his intention to stay. He added: “It is nice to be linked with top clubs.”
            """)
        #expect(article.speakerName(of: article.statement(containing: "sorted out soon")) == "Richard Dunn")
        #expect(article.speakerName(of: article.statement(containing: "top clubs")) == "Richard Dunn")
    }

    @Test func latestSpeakerNamedOnlyInAnAsideYieldsToTheSubjectUnlessTheyJustSpoke() {
        let article = extract("""
            Tom Keller spoke in Ohio. “She will win,” Keller said. The crowd cheered. Polls opened at dawn.

            And campaign chairman John Pedersen — Tom Keller’s former chief of staff — offered a slogan when I asked him.

            “She will fight for the people,” he said.

            Ray Scully wants fewer games. Scully also called on the league to act. Dan Lorne, Scully's team-mate, has doubts. “I think Dan's situation is down to the number of games,” he said.
            """)
        #expect(article.speakerName(of: article.statement(containing: "fight for the people")) == "John Pedersen")
        #expect(article.speakerName(of: article.statement(containing: "Dan's situation")) == "Ray Scully")
    }

    @Test func aCueWithOnlyItsOccasionIntroducesTheQuotationAfterIt() {
        let article = extract("""
            Both campaigns said the count was no big deal.

            Sam Lowry said in a statement.

            “There are no paper ballots to recount. The results are final.”
            """)
        #expect(article.speakerName(of: article.statement(containing: "paper ballots")) == "Sam Lowry")
    }

    @Test func anOpeningPhraseBeforeACueWithNoContentIsNotReported() {
        let article = extract("""
            Bernard Cole spoke on Monday.

            On the other side, Sen. Ted Cash tweeted a warning. "Missouri: Remember in November the Democrats who filibustered."
            """)
        #expect(article.statement(containing: "other side") == nil)
        #expect(article.speakerName(of: article.statement(containing: "Remember in November")) == "Ted Cash")
    }

    @Test func heAfterAnUnnamedSpokesmanIsTheSpokesman() {
        let article = extract("""
            Committee chairman Edward Lowe said the scheme had been abused.

            A Home Office spokesman said the system had been tightened. He added: "We will look at it again."
            """)
        #expect(article.speakerName(of: article.statement(containing: "look at it again")) == "Home Office spokesman")
    }

    @Test func anEpithetAfterAQuotationIsThePersonJustHeard() {
        let article = extract("""
            Tom Hanks said the new film had an "elegant message". "Christmas is a special time," added the two-time Academy Award winner.

            Ann Kite said she had worked for the star in 2003. In the film, the singer said he saw nothing wrong.
            """)
        #expect(article.speakerName(of: article.statement(containing: "special time")) == "Tom Hanks")
        #expect(article.speakerName(of: article.statement(containing: "saw nothing wrong")) != "Ann Kite")
    }

    @Test func sheAfterANewDefiniteSpokeswomanIsTheSpokeswoman() {
        let article = extract("""
            Shoppers flocked to the malls on Saturday despite reports of weak sales.

            The Trafford Centre spokeswoman said 8,500 cars had arrived. That was a record. "We predict the trend will go on," she added.
            """)
        #expect(article.speakerName(of: article.statement(containing: "trend will go on")) == "Trafford Centre spokeswoman")
    }

    @Test func heAfterADefiniteSpokesmanIsThePersonItNames() {
        let article = extract("""
            Shadow foreign secretary Michael Anscombe attacked the plan on Monday.

            The Tory spokesman also criticised the government's commentary. "Who are they trying to kid?" he said.
            """)
        #expect(article.speakerName(of: article.statement(containing: "trying to kid")) == "Michael Anscombe")
    }

    @Test func aDescriptionAndCueAfterAQuotationThatEndedOpenTheirOwnSentence() {
        let article = extract("""
            Ann Rusk spoke at the rally on Saturday. She said: "I have not involved myself before. "But this woman has opposed the war. "I am prepared to do anything I can to help save her life." A spokesman later said Ms Rusk had friends in common with the hostage.
            """)
        #expect(article.speakerName(of: article.statement(containing: "help save her life")) == "Ann Rusk")
        #expect(article.statement(containing: "friends in common")?.kind == .reported)
    }
}
