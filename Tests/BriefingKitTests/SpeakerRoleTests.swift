import Testing
@testable import BriefingKit

@Suite("Speakers and roles")
struct SpeakerRoleTests {
    @Test func aNameGoingOnFromAnOfficeSpeaksNotTheOffice() {
        let article = extract("""
            “The talks went well,” said UK Chancellor of the Exchequer Gordon Pike. Shadow leader of the Commons Ann Lee said \
            the vote was lost. The Secretary of State for Health, John Reid, said the plan would work. For the Lib Dems David \
            Laws said the sums were wrong. “It is a start,” said a former aide to President Tom Reed.
            """)
        #expect(article.speakerName(of: article.statement(containing: "talks went well")) == "Gordon Pike")
        #expect(article.speakerName(of: article.statement(containing: "vote was lost")) == "Ann Lee")
        #expect(article.speakerName(of: article.statement(containing: "plan would work")) == "John Reid")
        #expect(article.speakerName(of: article.statement(containing: "sums were wrong")) == "David Laws")
        #expect(article.speakerName(of: article.statement(containing: "It is a start")) != "Tom Reed")
        let participle = extract("But Chief Secretary to the Treasury Paul Boateng attacked the plans, saying they were wrong.")
        #expect(participle.speakerName(of: participle.statement(containing: "they were wrong")) == "Paul Boateng")
    }

    @Test func rolesJoinedByAndBeforeANameAreItsTitles() {
        let article = extract("“Our results were strong,” chairman and chief executive Richard Parsons said.")
        #expect(article.speakerName(of: article.statement(containing: "results were strong")) == "Richard Parsons")
    }

    @Test func titleBeforeNameIsARole() {
        let article = extract("Foreign Secretary Helen Marsh signalled that more money will be found for the border.")
        let speaker = article.speaker(id: "helen-marsh")
        #expect(speaker?.roles == ["Foreign Secretary"])
        #expect(article.statements.first?.kind == .reported)
    }

    @Test func roleNounBindsToTheNamedPerson() {
        let article = extract("""
            Rachel Dunn will visit Berlin next week.

            The prime minister said the visit would focus on trade and energy.

            Earlier, the PM told reporters that talks were going well.
            """)
        let speaker = article.speaker(id: "rachel-dunn")
        #expect(speaker?.roles.contains("prime minister") == true)
        #expect(speaker?.statementCount == 2)
        #expect(speaker?.aliases.contains("the PM") == true)
    }

    @Test func surnameAndTitleResolveToTheFullName() {
        let article = extract("""
            Opposition leader Mark Ellis criticised the budget.

            Mr Ellis said: “This budget fails working families.”
            """)
        #expect(article.speakerName(of: article.statement(containing: "fails working families")) == "Mark Ellis")
        #expect(article.speakers.count == 1)
    }

    @Test func organisationsAndGroupsSpeak() {
        let article = extract("""
            Downing Street stressed that the meeting was routine.

            Critics argued the plan would cost far more than promised.
            """)
        #expect(article.speakers.contains { $0.name == "Downing Street" && $0.kind == .organisation })
        #expect(article.speakers.contains { $0.name == "critics" && $0.kind == .group })
    }

    @Test func accordingToNamesTheSource() {
        let article = extract("The factory will close in June, according to the company.")
        let statement = article.statement(containing: "factory will close")
        #expect(statement?.cue == "according to")
        #expect(article.speakerName(of: statement) == "company")
    }

    @Test func personNamedInsideAQuoteIsNotASpeaker() {
        let article = extract("Anna Berg said: “Peter Quinn will fail if he ignores the voters.”")
        #expect(article.speakers.map(\.name) == ["Anna Berg"])
    }

    @Test func speakersAreSortedByStatementCount() {
        let article = extract("""
            Lena Fox said: “First.”

            Omar Diaz said: “Second.”

            Omar Diaz added: “Third.”
            """)
        #expect(article.speakers.map(\.name) == ["Omar Diaz", "Lena Fox"])
        #expect(article.statements.map(\.id) == ["s1", "s2", "s3"])
    }

    @Test func aRoleOwnedByADescriptionNamesTheSpeakerJustHeard() {
        let article = extract("""
            The Kestrel Trust's Ivo Marsh said the change was overdue. The conservation group's general secretary told reporters there were out-dated features in the law.
            """)
        #expect(article.speakerName(of: article.statement(containing: "out-dated features")) == "Ivo Marsh")
    }

    @Test func aRoleOwnedByADescriptionTakesNoOneWhoHasNotSpoken() {
        let article = extract("""
            Tom Pike was arrested in May. Around 1,000 people visited the campaign's website, the campaign's director told reporters.
            """)
        #expect(article.speakerName(of: article.statement(containing: "visited the campaign")) == "campaign's director")
    }

    @Test func theBossNamesTheManagerJustNamedAndHeIsHimAfterwards() {
        let article = extract("""
            Sir Alan Ferrow has called on the FA to punish Tom Hardy for an incident. The United boss said it was worse than the foul on Ashley Cole for which he got a three-game ban. "We shall present it to the FA and see what they do," he said.
            """)
        #expect(article.speakerName(of: article.statement(containing: "worse than the foul")) == "Alan Ferrow")
        #expect(article.speakerName(of: article.statement(containing: "present it to the FA")) == "Alan Ferrow")
    }

    @Test func hisBossIsSomeoneElse() {
        let article = extract("Tad Devine compared Clinton with Barack Obama in 2008. Devine made it clear that his boss wanted to see something firmer.")
        #expect(article.speakerName(of: article.statement(containing: "something firmer")) == "boss")
    }

    @Test func aRoleOpeningTheSentenceBeforeTheNameIsNoReportedClause() {
        let article = extract("""
            The Highland Party's Holyrood leader, Nora Stirling, said the public should be consulted.

            The party chairman, Kelly Armand, called for a voice vote, declaring after both that the request was denied.

            The Highland Party's deputy leader, Ross Kerr, welcomed the move but added that the ban should wait.
            """)
        let consulted = article.statement(containing: "consulted")
        #expect(consulted?.text == "the public should be consulted")
        #expect(article.speakerName(of: consulted) == "Nora Stirling")
        #expect(article.speakerName(of: article.statement(containing: "request was denied")) == "Kelly Armand")
        #expect(article.speakerName(of: article.statement(containing: "ban should wait")) == "Ross Kerr")
    }

    @Test func aRoleNamedByAListOfDepartmentsIsOneRole() {
        let article = extract("""
            Ministers met games makers on Monday.

            Violent video games should carry larger warnings, the trade and industry secretary has said.

            Paula Hewson spoke on Monday. The culture, media and sport secretary said games should carry ratings.
            """)
        #expect(article.speakerName(of: article.statement(containing: "larger warnings")) == "trade and industry secretary")
        #expect(article.speakerName(of: article.statement(containing: "carry ratings")) == "Paula Hewson")
    }

    @Test func thePlayerNamesTheSpeakerJustQuotedOnly() {
        let article = extract("""
            Wales beat Italy on Saturday. "If we get stuffed in the front five our backs have had it," said Adam Jonas. The prop added that the scrum was the key.

            Tom Reid missed the game. The player said he would be back next week.
            """)
        #expect(article.speakerName(of: article.statement(containing: "scrum was the key")) == "Adam Jonas")
        #expect(article.speakerName(of: article.statement(containing: "back next week")) == "player")
    }

    @Test func aDescribedSpeakerInTheOpeningParagraphIsThePersonTheNextOneNames() {
        let article = extract("""
            Games warning

            Violent video games should carry larger warnings, the trade and industry secretary has said.

            Paula Hewson is expected to call for the law to be enforced better at a meeting on Sunday.
            """)
        let statement = article.statement(containing: "larger warnings")
        #expect(article.speakerName(of: statement) == "Paula Hewson")
        #expect(article.speaker(id: statement?.speakerID)?.roles.contains("trade and industry secretary") == true)
    }

    @Test func aDescribedSpeakerQuotedInTheOpeningParagraphIsThePersonTheNextOneNames() {
        let article = extract("""
            Lee issues warning to bigots

            Scotland's justice minister has warned football fans that she wants to hit them "where it hurts most".

            Cathy Lee said banning orders would be used. Tory MSPs said the plan was late.
            """)
        #expect(article.speakerName(of: article.statement(containing: "where it hurts most")) == "Cathy Lee")
        #expect(article.speakers.allSatisfy { $0.name != "Tory MSPs" || $0.kind != .person })
    }

    @Test func aDescribedSpeakerStaysUnnamedWhenTheOpeningParagraphNamesSomeone() {
        let article = extract("""
            Games warning

            Violent games like those Tom Reid sells should carry warnings, the veteran broadcaster has said.

            Paula Hewson is expected to call for the law to be enforced better at a meeting on Sunday.
            """)
        #expect(article.speakerName(of: article.statement(containing: "carry warnings")) == "veteran broadcaster")
    }

    @Test func theHeadAloneNamesTheDescriptionGivenInFullBefore() {
        let article = extract("""
            Tom Reed spoke first. The Velmar Trust spokesman said the grant was late. "We will raise it with every party," said the spokesman.

            The digital divide is narrowing, according to a World Bank report. "People are getting more access," said the report.
            """)
        #expect(article.speakerName(of: article.statement(containing: "every party")) == "Velmar Trust spokesman")
        #expect(article.speakerName(of: article.statement(containing: "more access")) == "World Bank report")
    }

    @Test func aNameJoinedByAndAfterAnOpenAppositionLeavesTheSpeakerFirst() {
        let article = extract("""
            Dara Nolan, the leader of the Transport and General Workers Union said: "This budget is a day of long knives."
            """)
        #expect(article.speakerName(of: article.statement(containing: "long knives")) == "Dara Nolan")
    }
}

@Suite("Honorifics with a first name")
struct FirstNameHonorificTests {
    @Test func sirWithFirstNameIsTheFullName() {
        let article = extract("Digby Holt, the chamber's head, spoke on Monday.\n\nSir Digby said the port would need more money.")
        #expect(article.speakerName(of: article.statement(containing: "port would need")) == "Digby Holt")
        #expect(article.speakers.count == 1)
    }
}

@Suite("Outlets named Politics")
struct PoliticsOutletTests {
    @Test func outletIsNoPersonForHe() {
        let article = extract("Tom Reed spoke on Monday. In an interview with Harbour Politics, he said the ferry was “a lifeline for everyone.”")
        #expect(article.speakerName(of: article.statement(containing: "lifeline")) == "Tom Reed")
    }

    @Test func dottedTitleBeforeANameIsARoleThatARoleNounFinds() {
        let article = extract("""
            Delaware Gov. Carl Brandt accused Ted Voss of opposing the plan. “He took the easy vote,” the governor said.
            """)
        #expect(article.speaker(id: "carl-brandt")?.roles == ["Gov."])
        #expect(article.speakerName(of: article.statement(containing: "easy vote")) == "Carl Brandt")
    }

    @Test func titleCaseHeadlineMakesNoNames() {
        let article = extract("""
            Senator Just Revealed Who He Would Pick – It Might Surprise You

            Senator Ruth Okafor spoke to reporters on Monday.

            The candidate said the choice would be made within a month.
            """)
        #expect(!article.speakers.contains { $0.name == "Surprise You" })
        #expect(article.speakerName(of: article.statement(containing: "choice would be made")) == "candidate")
    }

    @Test func ageStandsForThePersonNamedBefore() {
        let article = extract("""
            Nadia Petrova beat the defending champion in straight sets on Sunday.

            “I played pretty well and it was nice to get through,” said the 23-year-old.

            The 23-year-old Russian midfielder said she would rest before the final.
            """)
        #expect(article.speakerName(of: article.statement(containing: "played pretty well")) == "Nadia Petrova")
        #expect(article.speakerName(of: article.statement(containing: "rest before the final")) == "Nadia Petrova")
        #expect(article.speakers.count == 1)
    }

    @Test func accordingToAMeasureNamesNoSource() {
        let article = extract("""
            Brokers were rewarded according to how much business they brought to an insurer.

            The launch went according to plan, the company said.
            """)
        #expect(article.statement(containing: "how much business") == nil)
        #expect(!article.speakers.contains { $0.name.contains("plan") || $0.name.contains("business") })
    }

    @Test func aDeputyDoesNotHoldTheOffice() {
        let article = extract("""
            Deputy Mayor Nina Galt spoke first, then Mayor Ken Lowell arrived.

            The mayor said the budget would be balanced.
            """)
        #expect(article.speakerName(of: article.statement(containing: "budget would be balanced")) == "Ken Lowell")
    }

    @Test func timeAgoBetweenSubjectAndCueIsSkipped() {
        let article = extract("The State Department less than two weeks ago said that secret intelligence had passed through the server.")
        #expect(article.speakerName(of: article.statement(containing: "secret intelligence")) == "State Department")
    }

    @Test func demonymAfterTheStandsForThePersonNamedBefore() {
        let article = extract("""
            Lindsay Corwin lost in the second round at Wimbledon on Monday.

            “I think it is highly insulting if prize money is taken away,” said the American.
            """)
        #expect(article.speakerName(of: article.statement(containing: "highly insulting")) == "Lindsay Corwin")
        #expect(!article.speakers.contains { $0.name == "American" })
    }

    @Test func demonymStandsForTheSubjectNotTheObjectOfTheSentenceBefore() {
        let article = extract("""
            Agassi wins in Doha

            The world number one beat Tom Cole, before Andre Agassi saw off Chilean Olympic gold medalist Nicolas Massu 6-1 7-6.

            “It was about getting used to the surface,” said Cole.

            Agassi was delighted with victory over Massu in his first match for two months. “I felt pretty good,” said the American.
            """)
        #expect(article.speakerName(of: article.statement(containing: "felt pretty good")) == "Andre Agassi")
    }

    @Test func roleNounBindsTheSubjectOrTheSpeakerOfTheSentenceBefore() {
        let article = extract("""
            Bill Clinton got in on the game, bashing Ann Sanders during a rally in Brooklyn on Monday. “Sometimes I get the feeling that nobody listens,” the former president said.

            Gordon Brown has failed to tackle the "fundamental unfairness" in the tax system, Charles Kennedy has said.

            How was it right that the poorest paid more, the Lib Dem leader asked.

            Harry Reid blasted Rubio and defended Cruz in an interview. “I just think it is wrong,” the minority leader said.
            """)
        #expect(article.speakerName(of: article.statement(containing: "nobody listens")) == "Bill Clinton")
        #expect(article.speakerName(of: article.statement(containing: "poorest paid more")) == "Charles Kennedy")
        #expect(article.speakerName(of: article.statement(containing: "it is wrong")) == "Harry Reid")
    }

    @Test func anHonorificNeverNamesAPersonOfTheOtherSex() {
        let article = extract("""
            Trump attacks Clinton record

            Donald Trump spoke at a rally in Iowa on Monday.

            He was accused of assaulting Ivana Trump, which the former Mrs. Trump later backed away from.

            “He shook hands with everybody out there,” said Mr. Trump.

            Hillary Clinton stayed in New York. Bill Clinton campaigned in Kentucky.

            Mrs. Clinton said the economy needed help.
            """)
        #expect(article.speakerName(of: article.statement(containing: "shook hands")) == "Donald Trump")
        #expect(article.speakerName(of: article.statement(containing: "economy needed help")) == "Hillary Clinton")
    }

    @Test func anAppositionRoleMayOpenWithItsOrganisation() {
        let article = extract("Martin Ellis, Harbour Bank chief economist, said that there was no need to change the forecast.")
        #expect(article.speaker(id: "martin-ellis")?.roles == ["Harbour Bank chief economist"])
    }

    @Test func aRoleNounFindsItsHolderEvenWhenItIsNoOffice() {
        let article = extract("""
            Archbishop Desmond Tutu has called for the release of the remaining inmates.

            On Tuesday Foreign Secretary Jack Straw told the Commons that the four would be freed. The archbishop added: “What is happening to those left behind?”

            His spokesman declined to comment.
            """)
        #expect(article.speakerName(of: article.statement(containing: "those left behind")) == "Desmond Tutu")
        #expect(article.speakerName(of: article.statement(containing: "comment")) != "Jack Straw")
    }

    @Test func theMPIsTheMemberNamedBefore() {
        let article = extract("Oona Kingsley spoke to voters in Bow on Friday. The MP said the seat was safe for Labour.")
        #expect(article.speakerName(of: article.statement(containing: "seat was safe")) == "Oona Kingsley")
    }

    @Test func aSpokesmanAfterAPossessiveNamesWhomHeSpeaksFor() {
        let article = extract("""
            Duncan Ardley has stopped giving money to the party.

            His spokesman said it was highly unlikely he would give more. A spokesman for the party said later that talks had ended.
            """)
        #expect(article.speakerName(of: article.statement(containing: "highly unlikely")) == "Duncan Ardley’s spokesman")
        #expect(article.speakerName(of: article.statement(containing: "talks had ended")) != "Duncan Ardley’s spokesman")
    }

    @Test func aNamedOwnersStatementOrReportSpeaksForTheOwner() {
        let article = extract("""
            Harbour Rovers have sacked their striker.

            Harbour Rovers' statement added: "Drugs have no place at our club."

            Velmark's website says the update is safe to install on any machine.
            """)
        #expect(article.speakerName(of: article.statement(containing: "no place at our club")) == "Harbour Rovers")
        #expect(article.speakerName(of: article.statement(containing: "safe to install")) == "Velmark")
    }

    @Test func aDocumentSpeaksForItsOwnerNotForWhomItWentTo() {
        let article = extract("""
            Harbour Rovers have received a bid. Harbour Rovers' statement to the stock exchange said: "The board has noted the speculation."
            """)
        #expect(article.speakerName(of: article.statement(containing: "noted the speculation")) == "Harbour Rovers")
    }

    @Test func aSpokesmanAfterAnOrganisationSpeaksForIt() {
        let article = extract("""
            But the Home Office defended the measures. A spokesman said the men could not be prosecuted in open court.

            Former governor Jim Pratt will not see Alder become the party's candidate. A spokesman said he had no plans to attend the convention.
            """)
        #expect(article.speakerName(of: article.statement(containing: "open court")) == "Home Office spokesman")
        #expect(article.speakerName(of: article.statement(containing: "no plans to attend")) == "spokesman")
    }

    @Test func whoAfterAnAppositionIsTheNamedPerson() {
        let article = extract("\"Do these people read newspapers?\" said Bob Mallory, a California delegate and Dolan supporter who has accused rival campaigners of harassing his peers.")
        #expect(article.speakerName(of: article.statement(containing: "harassing his peers")) == "Bob Mallory")
    }

    @Test func supportersCrowdsAndHeadlineVerbs() {
        let article = extract("""
            Dolan Supporter Screams One Word At Rally

            “Who is going to pay for it?” the senator asked. “Mexico!” the audience screamed back.

            "Meh," wrote a Dolan supporter who runs a fan account.
            """)
        #expect(article.speakerName(of: article.statement(containing: "Mexico")) == "audience")
        #expect(article.speakerName(of: article.statement(containing: "Meh")) == "Dolan supporter")
        #expect(!article.speakers.contains { $0.name == "Screams" })
    }
}
