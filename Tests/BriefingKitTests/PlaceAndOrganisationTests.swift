import Testing
@testable import BriefingKit

@Suite("Places and organisation names")
struct PlaceAndOrganisationTests {
    @Test func lawmakerOfAStateSpeaksNotTheState() {
        let article = extract("Senator Dana Whitcombe of Nevada, the party's whip, said the vote would slip to Monday.")
        #expect(article.speakerName(of: article.statement(containing: "vote would slip")) == "Dana Whitcombe")
    }

    @Test func cityAndStateBetweenSpeakerAndCueAreASetting() {
        let article = extract("Ms Ortega, during a rally in Columbus, Ohio, said she would win the state.")
        #expect(article.speakerName(of: article.statement(containing: "would win the state")) == "Ortega")
    }

    @Test func aStateActingIsAnOrganisation() {
        let article = extract("Texas, leading a coalition of 13 states, asked a federal judge to block the rules.")
        let statement = article.statement(containing: "block the rules")
        #expect(article.speakerName(of: statement) == "Texas")
        #expect(article.speaker(id: statement?.speakerID)?.kind == .organisation)
    }

    @Test func pronounDoesNotStandForAPlace() {
        let article = extract("""
            Jessica Marlow grew up in Colorado. Colorado announced a review of the case on Monday.

            “We were never told,” she said.
            """)
        #expect(article.speakerName(of: article.statement(containing: "never told")) == "Jessica Marlow")
    }

    @Test func aForeignArticleOrAHyphenatedModifierMakesNoPerson() {
        let place = extract("""
            Tom Reed came from Texas. Growing up in El Paso, Reed saw the camps. Der Spiegel reported that they were full.

            "They are full," he said.
            """)
        #expect(place.speakers.first { $0.name == "Der Spiegel" }?.kind == .organisation)
        #expect(place.speakerName(of: place.statement(containing: "They are full")) == "Tom Reed")
        let era = extract("""
            Tom Reed came from Texas. A speaker lamented the closure of World War II-era camps.

            "They are full," he said.
            """)
        #expect(era.speakerName(of: era.statement(containing: "They are full")) == "Tom Reed")
    }

    @Test func aPeoplesWordOrAHyphenatedModifierBeforeAFirstNameIsNoPartOfTheName() {
        let article = extract("Texan Michael Lane pleaded guilty to charges that he shared films. Top-seeded Andy Cole said he was tired.")
        #expect(article.speakerName(of: article.statement(containing: "shared films")) == "Michael Lane")
        #expect(article.speakerName(of: article.statement(containing: "was tired")) == "Andy Cole")
    }

    @Test func aLineBreakEndsAName() {
        let article = extract("""
            The candidates clashed on health for much of the evening, and the moderators pressed them on costs. Quarantine Over Zika Virus
            Tom Reed said he would quarantine people.
            """)
        #expect(article.speakerName(of: article.statement(containing: "quarantine people")) == "Tom Reed")
        #expect(article.speakers.allSatisfy { !$0.name.contains("\n") })
    }

    @Test func partyAndStateTagNamesNoOne() {
        let article = extract("In a statement, Rep. Hal Brennan (D-N.Y.) reacted to the ruling, saying: “The killer should be in prison.”")
        #expect(article.speakerName(of: article.statement(containing: "killer")) == "Hal Brennan")
        #expect(!article.speakers.contains { $0.name == "Y" })
    }

    @Test func organisationOfAPlaceIsOneName() {
        let article = extract("Separately, the Bank of England said that consumer credit rose by £1.5bn in December.")
        #expect(article.speakerName(of: article.statement(containing: "consumer credit")) == "Bank of England")
    }

    @Test func oneWordNameReferredToAsItIsAnOrganisation() {
        let article = extract("Velaro said it would cut 2,000 jobs. Analyst Tom Reyes said it was clear the market had turned.")
        #expect(article.speakers.first { $0.name == "Velaro" }?.kind == .organisation)
        #expect(article.speakers.first { $0.name == "Tom Reyes" }?.kind == .person)
    }

    @Test func chainedOrganisationNameIsWhole() {
        let article = extract("The Association of Directors of Social Services said it agreed in principle with the plans.")
        #expect(article.speakerName(of: article.statement(containing: "agreed in principle")) == "Association of Directors of Social Services")
    }

    @Test func standaloneGroupWordsAreGroupsAndNobodyIsNoOne() {
        let article = extract("Others say the plan is a rough patch. Nobody opposed the judge in the vote last week.")
        let statement = article.statement(containing: "rough patch")
        #expect(article.speaker(id: statement?.speakerID)?.kind == .group)
        #expect(article.statement(containing: "the judge") == nil)
    }

    @Test func companyNounBeforeAOneWordNameMakesItAnOrganisation() {
        let article = extract("The MHRA issued a warning on Monday. Shares in drug firm Velacor fell 20% after it said a partner was set to pull out of a deal.")
        #expect(article.speakerName(of: article.statement(containing: "partner was set")) == "Velacor")
    }

    @Test func aDocumentOwnedThroughHisOrHerIsTheOwnersDocument() {
        let article = extract("""
            Wim Kok presented his findings on Wednesday. The plan risks failure, his report said.

            At risk is the society Europe has built, it said.
            """)
        #expect(article.speakerName(of: article.statement(containing: "plan risks failure")) == "Wim Kok’s report")
        #expect(article.speakerName(of: article.statement(containing: "society Europe")) == "Wim Kok’s report")
    }

    @Test func aSundayPaperKeepsItsWeekday() {
        let article = extract("The Sunday Times reported that the club would be sold. On Sunday Tom Reed said the sale was off.")
        #expect(article.speakerName(of: article.statement(containing: "club would be sold")) == "Sunday Times")
        #expect(article.speakerName(of: article.statement(containing: "sale was off")) == "Tom Reed")
    }

    @Test func passiveCueWithAnAdverbSaysNothing() {
        #expect(extract("Ann Cole was originally charged with the more serious offence of assault.").statements.isEmpty)
    }

    @Test func passiveCueSubjectDoesNotSpeak() {
        let article = extract("""
            James Rogan met the Clintons at the White House. When the Rogans' turn came and they were announced, \
            Mr. Rogan said in an interview, Mr. Clinton “kind of looked at me funny for a moment.”
            """)
        #expect(article.speakerName(of: article.statement(containing: "looked at me funny")) == "James Rogan")
    }

    @Test func oneWordDescriptionOpeningASentenceIsACommonNoun() {
        let article = extract("Analysts say the market will fall. Later, analysts said the fall would be short.")
        let speaker = article.speaker(id: article.statement(containing: "market will fall")?.speakerID)
        #expect(speaker?.name == "analysts")
        #expect(speaker?.isDescription == true)
        #expect(article.speakers.count == 1)
    }

    @Test func peoplesAndPartiesKeepTheirCapital() {
        let peoples = extract("Americans say the market will fall.")
        #expect(peoples.speakerName(of: peoples.statement(containing: "market will fall")) == "Americans")
        let party = extract("The mayor backs the levy, but the Liberals say it will hurt farmers.")
        #expect(party.speakerName(of: party.statement(containing: "hurt farmers")) == "Liberals")
        let opening = extract("Democrats said the levy was unfair. Many said the vote was too close. Critics accused the mayor of rushing it.")
        #expect(opening.speakerName(of: opening.statement(containing: "levy was unfair")) == "Democrats")
        #expect(opening.speakerName(of: opening.statement(containing: "too close")) == "many")
        #expect(opening.speakerName(of: opening.statement(containing: "rushing")) == "critics")
    }

    @Test func aDescriptionOpeningTheSentenceIsACommonNounUnlessANameMayStartIt() {
        let article = extract("""
            Some economists said the rate would rise. Officials in Kabul said the road was open again. \
            Cabinet Office spokeswoman Ann Lee said the vote was over. A Five spokesman said the show would return.
            """)
        #expect(article.speakerName(of: article.statement(containing: "rate would rise")) == "some economists")
        #expect(article.speakerName(of: article.statement(containing: "road was open")) == "officials in Kabul")
        #expect(article.speakerName(of: article.statement(containing: "show would return")) == "Five spokesman")
    }

    @Test func aBusinesssPossessionsAfterItsMakeAOneWordNameAnOrganisation() {
        let article = extract("Velora saw its shares rise 14% on Tuesday. The Swedish firm, the largest maker of fridges, said it would shut two plants.")
        #expect(article.speakerName(of: article.statement(containing: "shut two plants")) == "Velora")
    }

    @Test func possessiveOfABusinessMakesAOneWordNameAnOrganisation() {
        let article = extract("Velora's shares fell 8% on Monday. Velora said the slump would not last.")
        #expect(article.speakers.first { $0.name == "Velora" }?.kind == .organisation)
    }

    @Test(arguments: [
        "Wipra, India's third-biggest software firm, beat forecasts. Wipra said demand was strong.",
        "Sales will rise, say analysts Wipra. Wipra said demand was strong.",
        "Wipra executives met the union. Wipra said demand was strong.",
        "Wipra's second-quarter revenues rose. Wipra said demand was strong.",
    ])
    func businessByTheWordsAroundItsNameIsAnOrganisation(text: String) {
        #expect(extract(text).speakers.first { $0.name == "Wipra" }?.kind == .organisation)
    }

    @Test func clubNamedByItsTownIsAnOrganisation() {
        let article = extract("Sheffield United said the replay would be a sell-out. Bolton Wanderers confirmed that the fee was agreed.")
        #expect(article.speakers.first { $0.name == "Sheffield United" }?.kind == .organisation)
        #expect(article.speakers.first { $0.name == "Bolton Wanderers" }?.kind == .organisation)
    }

    @Test func knownFirstNameBeforeAPlaceWordNamesAPerson() {
        let article = extract("“We did a thorough investigation,” Ann Tower, a spokeswoman for the bank, told Time magazine.")
        #expect(article.speakerName(of: article.statement(containing: "thorough investigation")) == "Ann Tower")
    }

    @Test func appositionHeadedByAPersonKeepsAPerson() {
        let article = extract("Fordham, a member of the group, said the vote would be close.")
        #expect(article.speakers.first { $0.name == "Fordham" }?.kind == .person)
    }

    @Test func allToldIsNoCue() {
        let article = extract("All told, the groups spent more than $2.5 million on phone banking.")
        #expect(article.statements.isEmpty)
    }
    @Test func laterBusinessEvidenceMakesAnEarlierOneWordNameAnOrganisation() {
        let article = extract("""
            Telvara said prices would rise in March.

            The move comes after telecom regulator Telvara ruled that the firm must open its network.
            """)
        #expect(article.speakers.filter { $0.name == "Telvara" }.map(\.kind) == [.organisation])
    }

    @Test func oneWordNameAfterTheBeforeAVerbIsAnOrganisation() {
        let article = extract("House prices rose by 1.1% in December, the Marlow has said.")
        #expect(article.speakers.first { $0.name == "Marlow" }?.kind == .organisation)
    }

    @Test func asForANameKeepsThePerson() {
        let article = extract("""
            Ban Tollar spoke at the summit on Monday.

            As for Ban, he said the deal was a triumph.
            """)
        #expect(article.speakerName(of: article.statement(containing: "deal was a triumph")) == "Ban Tollar")
        #expect(article.speakers.allSatisfy { $0.kind == .person })
    }

    @Test func pluralAcronymIsAGroupNotAPerson() {
        let article = extract("Prisons need more staff, MPs have said.")
        let speaker = article.speaker(id: article.statement(containing: "need more staff")?.speakerID)
        #expect(speaker?.kind == .group)
    }

    @Test func compassWordEndingAPersonsNameIsASurname() {
        let article = extract("""
            Marty West, an education professor at Harvard, backed the bill.

            “This is the first rollback since the 1980s,” West said. Talks in the Middle East went on.
            """)
        #expect(article.speakerName(of: article.statement(containing: "first rollback")) == "Marty West")
        #expect(!article.speakers.contains { $0.name.contains("East") })
    }

    @Test func aCompanysBoardOrChairmanMakesAOneWordNameAnOrganisation() {
        let article = extract("Corvane's board rejected the offer on Monday. Corvane said the bid undervalued the firm.")
        #expect(article.speakers.first { $0.name == "Corvane" }?.kind == .organisation)
    }

    @Test func aHotelIsNotAPerson() {
        let article = extract("The Onyx Hotel tour was cited as “a highly crafted production with elaborate costumes and lighting.”")
        #expect(!article.speakers.contains { $0.name.contains("Hotel") })
    }

    @Test func aQuantifierSubjectIsAGroup() {
        let article = extract("The poll asked voters about the race. Nearly half said they prefer someone with experience.")
        let statement = article.statement(containing: "prefer someone")
        #expect(article.speaker(id: statement?.speakerID)?.kind == .group)
    }

    @Test func aFirstNameBeforeAnOrganisationWordThatIsASurnameMakesAPerson() {
        let article = extract("""
            Tory co-chairman Liam Fox opened the spring conference in Brighton.

            Dr Fox said the party would cut waste. The Lib Dems said the plan did not add up.
            """)
        #expect(article.speakerName(of: article.statement(containing: "cut waste")) == "Liam Fox")
        #expect(article.speaker(id: "liam-fox")?.kind == .person)
        #expect(article.speakers.first { $0.name == "Lib Dems" }?.kind == .organisation)
    }

    @Test func theCompanyIsTheBusinessNamedFirstInTheSentenceBefore() {
        let article = extract("""
            Velora backs open patents

            Velora Inc has backed the open system, although critics said this was done only to undermine Marlow Systems. The company said it would not place any restrictions on developers.

            Fares rise at Skyway

            Skyway Airlines raised its fares on Monday, the US Senate heard. The airline said fuel costs had doubled.

            Harbour ferry sold

            The harbour trust approved the sale. The company said the ferry would run until May.
            """)
        #expect(article.speakerName(of: article.statement(containing: "any restrictions")) == "Velora Inc")
        #expect(article.speakerName(of: article.statement(containing: "fuel costs")) == "Skyway Airlines")
        #expect(article.speakerName(of: article.statement(containing: "run until May")) == "company")
    }

    @Test func anOrganisationNameRunsOverForAndAndAmpersand() {
        let article = extract("""
            Jobless rate falls

            The Island Institute for Geography and Statistics (IIGS) said it fell to 9.6% in December.

            But the Joint Council for the Welfare of Ferry Workers says the rules breach the law.

            Earlier this month, accountancy firm Harlow & Finch said that spending would rise.

            Labour and the Tories said the plan was sound.

            The Harbour and Ferry Commission has asked for the accounts.

            The Ferry Users Union and the Harbour Board of Governors said the fares were fair.
            """)
        #expect(article.speakerName(of: article.statement(containing: "9.6%")) == "Island Institute for Geography and Statistics")
        #expect(article.speakerName(of: article.statement(containing: "the accounts")) == "Harbour and Ferry Commission")
        #expect(article.speakerName(of: article.statement(containing: "fares were fair")) == "Harbour Board of Governors")
        #expect(article.speakerName(of: article.statement(containing: "breach the law")) == "Joint Council for the Welfare of Ferry Workers")
        let firm = article.speaker(id: article.statement(containing: "spending would rise")?.speakerID)
        #expect(firm?.name == "Harlow & Finch")
        #expect(firm?.kind == .organisation)
        #expect(article.speakerName(of: article.statement(containing: "plan was sound")) == "Tories")
    }

    @Test func aJobAtAOneWordNameMakesItAnOrganisationForLaterMentions() {
        let article = extract("""
            Velora hunts spyware trojan

            Stephen Toulouse, a security manager at Velora, said the program was new.

            Velora said the program was not widespread.
            """)
        let velora = article.speaker(id: article.statement(containing: "not widespread")?.speakerID)
        #expect(velora?.name == "Velora")
        #expect(velora?.kind == .organisation)
        #expect(article.speaker(id: "stephen-toulouse")?.roles == ["security manager"])
    }

    @Test func anAcronymInParenthesesNamesTheOrganisationBeforeIt() {
        let article = extract("""
            The Harbour Ferry Authority (HFA) has told the council not to "compromise".

            The HFA said the fares would rise in May.
            """)
        let authority = article.speaker(id: article.statement(containing: "fares would rise")?.speakerID)
        #expect(authority?.name == "Harbour Ferry Authority")
        #expect(authority?.aliases.contains("HFA") == true)
        #expect(article.speakers.count == 1)
    }

    @Test func aBandNamedAfterItsNounIsNoPerson() {
        let article = extract("Chart-topping pop band Harbourlights have confirmed that they plan to “take a break” next year.")
        let band = article.speaker(id: article.statement(containing: "take a break")?.speakerID)
        #expect(band?.name == "Harbourlights")
        #expect(band?.kind == .organisation)
    }

    @Test func regionsAndChampionshipsAreNotPeople() {
        let article = extract("""
            Sean Tolland won the 800m in Erfurt on Saturday.

            The Northern Ireland runner qualified for the European Indoor Championships. "I'm qualified now and that's what matters," said the 28-year-old.
            """)
        #expect(article.speakerName(of: article.statement(containing: "qualified now")) == "Sean Tolland")
        #expect(!article.speakers.contains { $0.name.contains("Ireland") || $0.name.contains("Championships") })
    }

    @Test func wellKnownOneWordCompaniesAreOrganisations() {
        let article = extract("Microsoft said the patch was safe. Boeing expects to deliver more planes this year than it did last year.")
        #expect(article.speakers.first { $0.name == "Microsoft" }?.kind == .organisation)
        #expect(article.speakers.first { $0.name == "Boeing" }?.kind == .organisation)
    }

    @Test func nameAfterTheArticleIsNoPerson() {
        let article = extract("""
            The senator wrote for The Harbour Informer that the city was neglected. She promised to “fight for the port” if elected.

            Asked about the Pelican Shoal, the admiral smiled. “It is good that my voice is low,” he said.
            """)
        #expect(article.speakers.first { $0.name == "Harbour Informer" }?.kind != .person)
        #expect(article.speakers.first { $0.name == "Pelican Shoal" }?.kind != .person)
        #expect(article.speakerName(of: article.statement(containing: "fight for the port")) != "Harbour Informer")
        #expect(article.speakerName(of: article.statement(containing: "voice is low")) != "Pelican Shoal")
    }

    @Test func nameTakingWhichIsNoPerson() {
        let article = extract("""
            Laura Ashby, which is due to issue its next trading statement soon, has been hit by poor sales. The company said sales had fallen.

            The novel was written by journalist Sam Hollis, which looks at the blasts. “It is the true story,” Hollis said.
            """)
        #expect(article.speakers.first { $0.name == "Laura Ashby" }?.kind == .organisation)
        #expect(article.speakerName(of: article.statement(containing: "sales had fallen")) == "Laura Ashby")
        #expect(article.speakers.first { $0.name == "Sam Hollis" }?.kind == .person)
    }

    @Test func reverendAfterTheArticleIsAPersonsHonorific() {
        let article = extract("""
            “Jonesboro is a wonderful city,” said the Reverend Adrian Rodwell. “Tear the tickets up,” Mr Rodwell said.
            """)
        #expect(article.speakerName(of: article.statement(containing: "wonderful city")) == "Adrian Rodwell")
        #expect(article.speakers.first { $0.name == "Adrian Rodwell" }?.kind == .person)
    }

    @Test func contractionOpeningASentenceIsNoName() {
        let article = extract("""
            Catholic voters are out of step. They’re less hostile to regulation and generally agree that the rich should pay more.
            We asked the farmers. They’re agreed that the roads need work. Don’t Republicans plan to cut the budget?
            """)
        #expect(!article.speakers.contains { $0.name.contains("They’re") || $0.name.contains("Don’t") })
    }

    @Test func prisonsAndLordsAreNoPeople() {
        let article = extract("""
            Ross Kemble said voters would choose hope over fear.

            The state was holding men without trial at Hollins Prison, ignoring a recent Law Lords judgement, he said.
            """)
        #expect(article.speakerName(of: article.statement(containing: "holding men")) == "Ross Kemble")
        #expect(!article.speakers.contains { $0.kind == .person && ($0.name.contains("Prison") || $0.name.contains("Lords")) })
    }

    @Test func theyStandsForAGroupNounJustBeforeIt() {
        let article = extract("""
            Crime experts have concluded that homicides occur among people of the same race because people are usually murdered by someone they already know, and most people primarily know people of their own race.
            """)
        let stance = article.statements.first { $0.kind == .stance && $0.text.hasPrefix("already know") }
        #expect(stance != nil)
        #expect(article.speakerName(of: stance) == "people")
    }

    @Test func acronymsWrittenWithOneCapitalAndCartelsAreOrganisations() {
        let article = extract("""
            Opec said it saw no reason to cut its output. The oil cartel said prices would stay high. Ofcom said it would consult.
            """)
        #expect(article.speakers.first { $0.name == "Opec" }?.kind == .organisation)
        #expect(article.speakers.first { $0.name == "oil cartel" }?.kind == .organisation)
        #expect(article.speakers.first { $0.name == "Ofcom" }?.kind == .organisation)
    }

    @Test func limitedElectricAndDeutscheMakeOrganisationNames() {
        let article = extract("""
            General Electric said its results were in great shape. Deutsche Boerse said it would raise its dividend. English Manner Limited said it charged clients for access.
            """)
        for name in ["General Electric", "Deutsche Boerse", "English Manner Limited"] {
            #expect(article.speakers.first { $0.name == name }?.kind == .organisation)
        }
    }

    @Test func aOneWordNameAfterThinkTankOrPartyIsAnOrganisation() {
        let article = extract("""
            A quarter of users upload content, according to a report by UK think-tank Demora. It said broadband was changing the way people use the internet.
            """)
        #expect(article.speakers.first { $0.name == "Demora" }?.kind == .organisation)
        #expect(article.speakerName(of: article.statement(containing: "changing the way")) == "Demora")
    }
}
