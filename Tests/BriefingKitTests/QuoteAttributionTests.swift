import Testing
@testable import BriefingKit

@Suite("Attribution patterns")
struct QuoteAttributionTests {
    @Test func sourceBetweenADashAndAColonSpeaks() {
        let article = extract("Turnout was high in Iowa. Pollsters agree - Carl Bialto: “One of the biggest lessons was a simple one: keep contacting voters.” [538.]")
        #expect(article.speakerName(of: article.statement(containing: "biggest lessons")) == "Carl Bialto")
    }

    @Test func speakerBeforeWithColon() {
        let article = extract("Health Minister Clara Voss said: “Waiting lists are falling.”")
        #expect(article.speakerName(of: article.statement(containing: "Waiting lists")) == "Clara Voss")
    }

    @Test func inversionAfterQuote() {
        let article = extract("“Waiting lists are falling,” said Clara Voss, the health minister.")
        #expect(article.speakerName(of: article.statement(containing: "Waiting lists")) == "Clara Voss")
    }

    @Test func relativeWhoSaid() {
        let article = extract("The point was echoed by Mr Brandt, who said: “Nobody wants another strike.”")
        #expect(article.speakerName(of: article.statement(containing: "Nobody wants")) == "Brandt")
    }

    @Test func relativeClauseCueEndsBeforeTheMainCue() {
        let article = extract("Gov. Ann Kessler, a Republican who has refused to endorse Mr. Trump, said the family deserved better.")
        #expect(article.statement(containing: "endorse")?.text == "endorse Mr. Trump")
        #expect(article.speakerName(of: article.statement(containing: "family deserved")) == "Ann Kessler")
    }

    @Test func coordinatedCueSharesTheEarlierCuesSubject() {
        let article = extract("But Lib Dem leader Carl Benning said the prince was privileged and said he should apologise in person.")
        #expect(article.speakerName(of: article.statement(containing: "apologise in person")) == "Carl Benning")
    }

    @Test func coordinatedCueAfterAQuotationTakesItsOwnClausesSubject() {
        let article = extract("""
            A photograph of Tom Blake appears in the Sun under the headline: “Blake the Rogue.” Mr Hartley acknowledged the apology and said he had no doubt the family would speak to him.
            """)
        #expect(article.speakerName(of: article.statement(containing: "no doubt")) == "Hartley")
    }

    @Test func pronounFollowsTheChainOfSubjectPronouns() {
        let article = extract("""
            Graham Robb, a spokesman for the No campaign, said the rival campaign was “rattled”. And he hit back at Mr Mallon's claim that an assembly would help. “It can push paper around,” he said.
            """)
        #expect(article.speakerName(of: article.statement(containing: "push paper")) == "Graham Robb")
    }

    @Test func asideBetweenDashesStandsBetweenSubjectAndCue() {
        let article = extract("But Mr Herron - who gained fame as a \"metric martyr\" and runs his own campaign - said he was not convinced by the plan.")
        #expect(article.speakerName(of: article.statement(containing: "not convinced")) == "Herron")
    }

    @Test func nameInAppositionAfterADescriptionSpeaks() {
        let article = extract("“It was an act of terror,” the White House press secretary, Jon Earle, said on Thursday.")
        let statement = article.statement(containing: "act of terror")
        #expect(article.speakerName(of: statement) == "Jon Earle")
        #expect(article.speaker(id: statement?.speakerID)?.roles == ["White House press secretary"])
    }

    @Test func parenthesisClosingASentenceEndsIt() {
        let article = extract("""
            Mara Quill told the Post the House was within reach. (The chances are slim, as Republicans hold their largest majority since 1928.) “She said that she knew the difference,” Rep. Jim Barlow (D-Ore.) said.
            """)
        #expect(article.speakerName(of: article.statement(containing: "knew the difference")) == "Jim Barlow")
    }

    @Test func nameAfterADescriptionSpeaksOverAnOpeningPhrase() {
        let article = extract("In a statement to the Observer, her senior policy adviser, Jake Sorel, said: “She believes in cooperation.”")
        #expect(article.speakerName(of: article.statement(containing: "believes in cooperation")) == "Jake Sorel")
    }

    @Test func openingLikePhraseIsNoSubject() {
        let article = extract("Sen. Robert Menendez spoke on Monday. Like Corker, Menendez also rejected the notion that the bill was dead, arguing that there is “flexibility” in it.")
        #expect(article.speakerName(of: article.statement(containing: "flexibility")) == "Robert Menendez")
    }

    @Test func callsTakesAQuotationWhenAVerbNotWhenANoun() {
        let article = extract("""
            Senator Dana Whitcombe calls the plan “a conviction candidate's chameleon act.”

            Making phone calls over the net using “voice over IP” is cheap.
            """)
        #expect(article.speakerName(of: article.statement(containing: "chameleon")) == "Dana Whitcombe")
        #expect(article.statement(containing: "voice over IP") == nil)
    }

    @Test func claimsIsACueAfterASubjectOnly() {
        let article = extract("Velora claims the higher price is the labels' fault. The programme investigated claims that the agency was to blame.")
        #expect(article.speakerName(of: article.statement(containing: "higher price")) == "Velora")
        #expect(article.statement(containing: "agency was to blame") == nil)
    }

    @Test func condemnedTakesAPartialQuotation() {
        let article = extract("Chancellor Angela Morel of Germany condemned “such a murderous attack” on Friday.")
        #expect(article.speakerName(of: article.statement(containing: "murderous attack")) == "Angela Morel")
    }

    @Test func asXPutItAttributesTheQuotation() {
        let article = extract("As Senator Tom Ridley put it, “The barbarians are no longer at the gate.”")
        #expect(article.speakerName(of: article.statement(containing: "barbarians")) == "Tom Ridley")
    }

    @Test func invertedCapitalisedCueOpensTheSentence() {
        let article = extract("Said Dora Poyle, who grew up with him in the neighbourhood, “We were all so proud of him.”")
        #expect(article.speakerName(of: article.statement(containing: "so proud")) == "Dora Poyle")
    }

    @Test func accordingToAfterAQuotationAttributesIt() {
        let article = extract("“It was a root canal,” according to David Axman. She later called the talks “a root canal,” according to Mr. Axman.")
        #expect(article.speakerName(of: article.statement(containing: "It was a root canal")) == "David Axman")
        #expect(article.statements.map(\.kind) == [.direct, .partial])
        #expect(article.speakerName(of: article.statements.last) == "David Axman")
    }

    @Test func moreSpeechVerbsAttributeQuotations() {
        let article = extract("Senator Bern Sandell took questions. He jokes, “It's a never ending line!” Walter Hewitt sniped that she was “learning on the job.”")
        #expect(article.speakerName(of: article.statement(containing: "never ending")) == "Bern Sandell")
        #expect(article.speakerName(of: article.statement(containing: "learning on the job")) == "Walter Hewitt")
    }

    @Test func colonBeforeAQuotationIntroducesIt() {
        let article = extract("""
            Donald Tramp took the stage late. He leaned in and boomed: “Let's defeat her in November.”

            The subject line of the e-mail was blunt: “Happy Holidays to all of you.”
            """)
        #expect(article.speakerName(of: article.statement(containing: "defeat her")) == "Donald Tramp")
        let message = article.statement(containing: "Happy Holidays")
        #expect(message?.kind == .direct)
        #expect(message?.speakerID == nil)
    }

    @Test func headlineAttribution() {
        let article = extract("Talks resume\n\nWHO: ‘Vaccines must reach every country’\n\nThe talks resumed in Geneva on Monday.")
        #expect(article.speakerName(of: article.statement(containing: "Vaccines must")) == "WHO")
    }

    @Test func quoteParagraphAfterIntroducedSpeaker() {
        let article = extract("""
            Council leader Priya Nair spoke to residents on Friday.

            “We will not close the library,” she said.

            “It matters too much to this town.”
            """)
        #expect(article.speakerName(of: article.statement(containing: "matters too much")) == "Priya Nair")
    }

    @Test func partialQuoteTakesTheCueSubject() {
        let article = extract("Labour said the minister had “failed” the families who waited.")
        let statement = article.statement(containing: "failed")
        #expect(statement?.kind == .partial)
        #expect(article.speakerName(of: statement) == "Labour")
    }

    @Test func addedAfterPromoLineResolvesThePronoun() {
        let article = extract("""
            Prime Minister Alan Frost met the unions on Thursday.

            Click to subscribe to our podcast wherever you get your podcasts

            During a visit to Leeds he told reporters: “We are close to a deal.”
            """)
        #expect(article.speakerName(of: article.statement(containing: "close to a deal")) == "Alan Frost")
    }

    @Test func sheResolvesToTheWomanNamedEarlier() {
        let article = extract("During Ruth Kemp’s time as mayor, she said the “jury is out” on the new tram line.")
        #expect(article.speakerName(of: article.statement(containing: "jury is out")) == "Ruth Kemp")
        #expect(article.speaker(id: "ruth-kemp")?.roles.contains("mayor") == true)
    }

    @Test func participleCueTakesTheSentenceSubject() {
        let article = extract("Mayor Ruth Kemp attacked the rail operator on Monday, saying the new timetable had failed commuters.")
        let statement = article.statement(containing: "new timetable had failed")
        #expect(statement?.kind == .reported)
        #expect(article.speakerName(of: statement) == "Ruth Kemp")
    }

    @Test func reportedClauseBesideAQuote() {
        let article = extract("Ruth Kemp called the plan “a disgrace.” Kemp said the council would vote against the scheme next month.")
        #expect(article.speakerName(of: article.statement(containing: "council would vote against")) == "Ruth Kemp")
        #expect(article.speakerName(of: article.statement(containing: "a disgrace")) == "Ruth Kemp")
    }

    @Test func plainNounPhraseSubject() {
        let article = extract("The driver was stopped near the station. The witness said the van had left the road twice.")
        let statement = article.statement(containing: "van had left the road")
        #expect(statement?.kind == .reported)
        #expect(article.speakerName(of: statement) == "witness")
    }

    @Test func quoteAfterACueWithAnUnknownSubjectIsKept() {
        let article = extract("""
            The memorial drew criticism online.

            One man wrote, “She could barely bend over to place those flowers.”

            Yet another said, “We all know how she feels about the police.”
            """)
        let first = article.statement(containing: "barely bend over")
        #expect(first?.kind == .direct)
        #expect(first?.cue == "wrote")
        #expect(article.speakerName(of: first) == "one man")
        let second = article.statement(containing: "We all know")
        #expect(second?.kind == .direct)
        #expect(second?.speakerID == nil)
    }

    @Test func partialQuoteInASentenceEndingWithAccordingTo() {
        let article = extract("The campaign is paying “dozens” of canvassers to go door to door, according to campaign manager Jeff Weir.")
        let statement = article.statement(containing: "dozens")
        #expect(statement?.kind == .partial)
        #expect(statement?.cue == "according to")
        #expect(article.speakerName(of: statement) == "Jeff Weir")
    }

    @Test func dashAndNameParagraphSignsTheQuoteBeforeIt() {
        let article = extract("""
            Fact-checking the debate.

            The senator spoke at length about speaking fees.

            “I went to Wall Street before the crash and warned them.”

            - Clinton.

            Clinton tends to overstate her visit.
            """)
        #expect(article.speakerName(of: article.statement(containing: "went to Wall Street")) == "Clinton")
    }

    @Test func dashNameAndGlossSignTheQuoteBeforeIt() {
        let article = extract("""
            "He can have intelligence briefings," Harry Reed said. "But I hope they are fake."

            "Great speech. She's tested. She's ready. She never quits."

            -President Omaba, tweeting after Clinton's speech.

            quotable.

            "The whole idea of a 'Crooked Hillary' is something we hear all the time, and it needs to stop."

            -Michelle Marx, Philadelphia.
            """)
        #expect(article.speakerName(of: article.statement(containing: "Great speech")) == "Omaba")
        #expect(article.speakerName(of: article.statement(containing: "Crooked Hillary")) == "Michelle Marx")
        #expect(article.statement(containing: "after Clinton's speech") == nil)
    }

    @Test func longQuotationWithoutACueIsKeptForTheSubject() {
        let article = extract("""
            The mayor responds

            Hours after the attacks, Marta Quell issued a statement, “Last night our city was attacked by people who hate us.”

            Her book, “Crippled Cities: How to Make Our Towns Great Again,” sold well among the “so-called experts” of the city.
            """)
        let kept = article.statement(containing: "our city was attacked")
        #expect(kept != nil)
        #expect(article.speakerName(of: kept) == "Marta Quell")
        #expect(article.statement(containing: "Crippled Cities") == nil)
        #expect(article.statement(containing: "so-called") == nil)
    }

    @Test func longQuotationWithoutACueOrSubjectContinuesTheLastSpeaker() {
        let article = extract("""
            Endorsements in the race

            Lee Zeldin spoke outside the building. “It is not do or die,” he said. Indeed, “the candidacy is strengthened with every endorsement we get.”
            """)
        #expect(article.speakerName(of: article.statement(containing: "candidacy is strengthened")) == "Lee Zeldin")
    }

    @Test func cueAfterALongOpenerFollowedByAClauseIsNotInverted() {
        let article = extract("""
            During their first one-on-one debate on Thursday night, both candidates said it was no big deal.

            Inbev, which makes Stella Artois, said profits rose sharply, and said it expected solid growth in 2005.
            """)
        #expect(article.statement(containing: "it was no big deal")?.text == "it was no big deal")
        #expect(article.statement(containing: "it expected solid growth")?.text == "it expected solid growth in 2005")
        #expect(article.statement(containing: "During their first") == nil)
    }

    @Test func progressiveCueReportsLikeAFiniteOne() {
        let article = extract("""
            The Federal Bureau of Investigation is warning that a computer virus is being spread via e-mails.

            Union leaders are calling for a new inquiry into the deaths. Talks are continuing on the budget.
            """)
        let warning = article.statement(containing: "computer virus")
        #expect(warning?.kind == .reported)
        #expect(article.speakerName(of: warning) == "Federal Bureau of Investigation")
        #expect(article.speakerName(of: article.statement(containing: "new inquiry")) == "Union leaders")
        #expect(article.statement(containing: "on the budget") == nil)
    }

    @Test func invertedCueClosingAParagraphIntroducesTheNextQuote() {
        let article = extract("""
            Roger Stone spoke on the radio programme on Sunday.

            Stated Stone:

            “I think that the stakes are so high that the result could be rigged.”
            """)
        #expect(article.speakerName(of: article.statement(containing: "stakes are so high")) == "Roger Stone")
        #expect(!article.speakers.contains { $0.name.hasPrefix("Stated") })
    }

    @Test func participleAfterAQuotationTakesTheSubjectOfTheFiniteCue() {
        let article = extract("""
            Harbour row deepens

            To wit, Reed told the Gazette that Ann Cole “had a crazy plan for the ferry,” adding, “She lost the whole island.”
            """)
        #expect(article.speakerName(of: article.statement(containing: "lost the whole island")) == "Reed")
        let resign = extract("Ann Cole told reporters that Tom Reed was “a disgrace,” adding that he should resign.").statement(containing: "should resign")
        #expect(resign?.kind == .reported)
        #expect(resign?.text == "he should resign")
    }

    @Test func aRoleFromAPlaceIsTheRoleNotThePlace() {
        let article = extract("""
            Tom Reed spoke in Leeds on Monday.

            The senator from Vermont said the financial system was "corrupt."

            Ann Lee from Leeds said the ferry was late.
            """)
        #expect(article.speakerName(of: article.statement(containing: "corrupt")) == "Tom Reed")
        #expect(article.speakerName(of: article.statement(containing: "ferry was late")) == "Ann Lee")
    }

    @Test func aNameThatModifiesALaterNameIsNotTheSpeaker() {
        let article = extract("""
            Tom Reed spoke at the harbour on Monday.

            “Ann is a longtime friend of mine,” said Reed ally James Carver.
            """)
        #expect(article.speakerName(of: article.statement(containing: "longtime friend")) == "James Carver")
    }

    @Test func oneOrAnotherUnnamedPersonSpeaks() {
        let article = extract("""
            “Yet another ferry we would have kept,” another supporter wrote on Reddit.

            But several towns opposed the plan, and the harbour master, Tom Reed, said the ferry “must stay”.
            """)
        #expect(article.speakerName(of: article.statement(containing: "another ferry")) == "another supporter")
        #expect(article.speakerName(of: article.statement(containing: "must stay")) == "Tom Reed")
    }

    @Test func anOrdinalDescriptionSpeaksAfterTheCue() {
        let article = extract("""
            “It is over,” said the senior official.

            “It is done,” said the second official.
            """)
        #expect(article.speakerName(of: article.statement(containing: "It is done")) == "second official")
    }

    @Test func cueWithItsSpeakerSetOffByCommasInsideASentence() {
        let article = extract("The paradox of the plan, says Carl Mendel, a historian at the museum, is that it was “far more popular than anyone admits.”")
        #expect(article.speakerName(of: article.statement(containing: "far more popular")) == "Carl Mendel")
        let told = extract("Sen. Rob Hale, a close adviser, told CNN that the plan was “dead on arrival.”")
        #expect(told.speakerName(of: told.statement(containing: "dead on arrival")) == "Rob Hale")
    }

    @Test func speakerAfterALaterCueOutranksANameBeforeIt() {
        let article = extract(#"Party strategists are more doubtful. "He can claim it, but it seems very unlikely" that Lomax can win, said Steve Ember, a former campaign manager."#)
        #expect(article.speakerName(of: article.statement(containing: "He can claim it")) == "Steve Ember")
        let told = extract("“The plan is dead on arrival,” Rob Hale, a close adviser to the governor, told CNN.")
        #expect(told.speakerName(of: told.statement(containing: "dead on arrival")) == "Rob Hale")
    }

    @Test func aTextReadsWhatItSays() {
        let article = extract("Mayor Pell denied any wrongdoing on Monday. “Mayor Pell tied these losses to the firm through his agents,” the lawsuit reads.")
        #expect(article.speakerName(of: article.statement(containing: "tied these losses")) == "lawsuit")
    }

    @Test func participleAfterADescribedSubjectIsTheDescriptions() {
        let article = extract(#"Councillor Ann Vale has spoken to reporters about the port. His chief aide doubled down on attacks on Vale, saying she was experienced "only on paper" and nothing more."#)
        #expect(article.speakerName(of: article.statement(containing: "only on paper")) == "chief aide")
    }

    @Test func cueRightBeforeAQuotationOutranksAnEarlierCue() {
        let article = extract("At one point, a woman asked for a photo and Mayor Pell said, “as long as we are not breaking any election laws.”")
        #expect(article.speakerName(of: article.statement(containing: "election laws")) == "Pell")
        let dubbed = extract("Dr Bjorn said groups dubbed “pioneers” were most interested in trying new things.")
        #expect(dubbed.speakerName(of: dubbed.statement(containing: "pioneers")) == "Bjorn")
    }

    @Test func colonAfterARoleAndANameAttributesToTheName() {
        let article = extract("""
            United won the derby on Saturday.

            - Manchester United boss Sir Alex Fergus: "It wasn't our best performance of the last three months."
            """)
        #expect(article.speakerName(of: article.statement(containing: "best performance")) == "Alex Fergus")
    }

    @Test func lessCommonSpeechVerbsAttributeTheirQuotes() {
        let article = extract("""
            Senator Ray Dolan spoke after the vote.

            “If they were serious about progress, they would have backed the bill,” Senator Mara Quist fumed on Tuesday.

            “Gun owners should leave their weapons at home,” opined the Harbour Herald.
            """)
        #expect(article.speakerName(of: article.statement(containing: "serious about progress")) == "Mara Quist")
        #expect(article.speakerName(of: article.statement(containing: "Gun owners")) == "Harbour Herald")
    }

    @Test func anAgeBeforeAPostposedSpeakerIsPassedOver() {
        let article = extract("""
            Most analysts expect a close race in the spring.

            "It has been a fantastic few weeks," said 20-year-old politics student Nick Varley. "There is a sense that we can win."
            """)
        #expect(article.speakerName(of: article.statement(containing: "fantastic few weeks")) == "Nick Varley")
        #expect(article.speakerName(of: article.statement(containing: "we can win")) == "Nick Varley")
    }

    @Test func aPassiveQuestionIsTheAgentsAndTheOneAskedAnswers() {
        let article = extract("""
            Senator Ray Dolan was asked by moderator Jean Parks whether the plan would risk “adding another entitlement to an overburdened budget.”

            “The most important job any of us will ever have is being a parent,” he said.
            """)
        #expect(article.speakerName(of: article.statement(containing: "another entitlement")) == "Jean Parks")
        #expect(article.speakerName(of: article.statement(containing: "being a parent")) == "Ray Dolan")
    }

    @Test func aNameAfterADescriptionAfterTheCueSpeaks() {
        let article = extract(#""This picture was the story", said De Courant's image editor, Pieter Hals."#)
        #expect(article.speakerName(of: article.statement(containing: "picture was the story")) == "Pieter Hals")
    }

    @Test func aNameAndCueAfterAFullStopReportANewClause() {
        let article = extract("""
            Michael Hayward attacked the cabinet on Monday. "He says the prime minister doesn't like being told the truth." Mr Blake retorted voters remembered the record of a government and not the comments of politicians.
            """)
        #expect(article.speakerName(of: article.statement(containing: "being told the truth")) == "Michael Hayward")
        #expect(article.speakerName(of: article.statement(containing: "voters remembered")) == "Blake")
    }

    @Test func aPersonNamedInFullBeforeTheColonSaysTheQuotation() {
        let article = extract("""
            Jeremy Parkman spoke to voters in Leeds.

            And can you imagine even Jeremy Parkman putting the question posed by Brighton nurse Marion Brook: "Would you wipe somebody's backside for £5?"
            """)
        #expect(article.speakerName(of: article.statement(containing: "backside")) == "Marion Brook")
    }

    @Test func aNameAfterTheRoleAfterTheCueSpeaks() {
        let article = extract("""
            Mike Tomlin wrote the report. "Any partial implementation would compromise that integrity," said its chairman, Sir Anton Greer.
            """)
        #expect(article.speakerName(of: article.statement(containing: "partial implementation")) == "Anton Greer")
    }

    @Test func aNameAfterTheRolesOfPhraseAfterTheCueSpeaks() {
        let article = extract("""
            Mike Tomlin wrote the report. "It will be a tragedy if the response is half-hearted," said the chairman of the Commons education select committee, Labour MP Barry Shearman.
            """)
        #expect(article.speakerName(of: article.statement(containing: "half-hearted")) == "Barry Shearman")
    }
}
