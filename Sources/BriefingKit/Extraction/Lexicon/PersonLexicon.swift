/// Words about people: honorifics, role nouns and their modifiers, and female first names.
enum PersonLexicon {
    /// Honorifics that precede a name and are not part of it.
    static let honorifics = WordList("""
        mr mrs ms miss mx dr sir dame lord lady prof rev reverend fr messrs mme mlle monsieur madame herr frau
        """)

    /// Titles of peers that stay part of a name given with no first name (`Lord Falconer`, `Lady Thatcher`).
    static let peerageTitles = WordList("lord lady")

    /// Honorifics that mark a woman.
    static let femaleHonorifics = WordList("mrs ms miss dame lady mme mlle madame frau baroness queen princess duchess countess")

    /// Honorifics that go with a first name (`Sir Digby`, `Dame Judi`).
    static let firstNameHonorifics = WordList("sir dame")

    /// Honorifics that mark a man.
    static let maleHonorifics = WordList("mr sir lord monsieur herr baron king prince duke count")

    /// Whether a word is a known first name, so that it opens a person's name even before a word that ends place
    /// names (`Ann Tower`, unlike `Trump Tower`).
    static func isFirstName(_ key: WordKey) -> Bool {
        maleNames.contains(key) || femaleNames.contains(key)
    }

    /// Nouns that name a role or office held by a person ("minister", "spokesman").
    static let roleHeads = WordList("""
        president minister secretary chancellor senator sen rep representative congressman congresswoman
        governor gov mayor judge justice general gen colonel col captain capt lieutenant lt sergeant sgt
        commissioner ambassador chairman chairwoman chairperson chair chief director spokesman spokeswoman
        spokesperson leader premier pm king queen prince princess pope cardinal bishop archbishop rabbi imam
        candidate nominee adviser advisor aide official executive ceo cfo coo founder co-founder economist analyst
        professor prof lawyer attorney strategist pollster consultant manager coach officer inspector superintendent
        sheriff prosecutor speaker whip lawmaker legislator diplomat envoy correspondent editor reporter columnist
        commentator writer author historian researcher scientist doctor physician surgeon nurse commander mp mep
        head boss owner partner activist campaigner expert member chancellor treasurer councillor councilman
        councilwoman delegate organizer organiser volunteer teacher student worker resident veteran host anchor
        producer actor actress singer player manager deputy vice-president president-elect secretary-general
        dean principal chaplain pastor priest minister negotiator mediator investigator detective agent
        operative businessman businesswoman entrepreneur investor banker trader broker billionaire millionaire
        administrator regulator auditor supervisor coordinator organizer representative senator-elect
        governor-elect mayor-elect justice magistrate barrister solicitor counsel chairman-elect
        striker midfielder defender goalkeeper keeper winger fly-half scrum-half skipper umpire referee jockey
        golfer sprinter cyclist swimmer athlete champion winner star frontman guitarist drummer bassist pianist violinist musician prop hooker flanker
        composer songwriter singer-songwriter rapper comedian broadcaster presenter journalist photographer
        filmmaker film-maker novelist poet playwright artist designer architect engineer farmer teenager hacker
        supporter backer donor fan critic opponent protestor look-alike lookalike
        recorder advocate chef tycoon mogul magnate lobbyist protester demonstrator lecturer scholar academic
        psychologist psychiatrist juror firefighter paramedic blogger pundit developer programmer
        co-chairman co-chair co-chairwoman co-leader co-director co-owner co-president vice-chairman vice-chair
        vice-chancellor vice-captain ex-chairman ex-minister ex-president ex-leader ex-boss ex-manager ex-chief ex-mp
        """)

    /// Words that may stand before a role head inside a role phrase ("shadow home", "prime", "former").
    static let roleModifiers = WordList("""
        prime foreign home shadow deputy vice former ex acting interim assistant associate senior junior chief first
        press communications campaign national general state attorney defence defense health education justice
        interior finance trade business transport culture environment energy security immigration cabinet party
        opposition executive managing principal special lead top senior-level high-ranking ranking majority
        minority house senate white us u.s. uk eu un federal regional local city county district police military
        army navy air force intelligence economic political policy legal medical public private international
        european british french german american chinese russian irish scottish welsh english israeli palestinian
        iranian ukrainian italian spanish japanese indian canadian australian mexican brazilian turkish syrian
        egyptian saudi iraqi afghan pakistani korean north south east west republican democratic democrat
        conservative labour liberal green independent tory gop dnc rnc white-house union trade-union staff
        research legislative judicial fellow co government administration department ministry agency office
        council committee commission board company firm bank university college school hospital church
        veteran longtime long-time well-known prominent leading influential outgoing incoming retiring
        newly-elected elected appointed self-described self-proclaimed so-called current then
        """)

    /// Common female first names, for matching `she` to a named person.
    static let femaleNames = WordList("""
        mary patricia jennifer linda elizabeth liz barbara susan jessica sarah karen nancy lisa betty margaret
        sandra kimberly emily donna michelle carol amanda melissa deborah stephanie rebecca sharon laura
        cynthia kathleen amy angela shirley anna brenda pamela emma nicole helen samantha katherine christine
        debra rachel carolyn janet catherine maria heather diane ruth julie olivia joyce virginia victoria kelly
        lauren christina joan evelyn judith megan cheryl hannah jacqueline martha gloria teresa ann
        sara madison frances kathryn janice abigail alice judy sophia grace denise amber doris marilyn
        danielle beverly isabella theresa diana natalie brittany charlotte marie kayla alexis lori hillary
        theresa yvette suella priti nicola angela ursula kamala nikki elizabeth sarah nancy condoleezza
        michele carly elena sonia ruth dianne kirsten amy tammy tulsi ilhan alexandria marsha susan
        lisa kristi kellyanne sheryl oprah beyonce taylor meghan kate diana camilla anne harriet jacinda
        golda indira benazir angela marine segolene christine penny kemi liz rachel yvette angela emily
        jess jo margaret tessa esther nadine therese sylvie nathalie anne-marie
                alicia angie aoife arianna beth bethany betsy brigid cara carole caroline cecile claire condi debbie dena
        dorothy elise ellen erin eva fiona gabrielle ghazala gillian giorgia hilary huma ivanka jackie jane jenna
        jill jillian joanna joanne katerina kathy katie kelli kirsty lael laurie loretta louise lucy madeleine
        maggie megyn melania melanne monica neera patti phyllis roseann sinead siobhan sophie tina wendy zeynep zoe
        """)

    /// Common male first names, for matching `he` to a named person.
    static let maleNames = WordList("""
        james john robert michael william david richard joseph thomas charles christopher daniel matthew anthony mark
        donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan jacob
        gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel gregory alexander frank
        patrick raymond jack dennis jerry tyler aaron jose adam nathan henry douglas zachary peter kyle walter ethan
        jeremy harold keith christian roger noah gerald carl terry sean austin arthur lawrence jesse dylan bryan joe
        jordan billy bruce albert willie gabriel logan alan juan wayne roy ralph randy eugene vincent russell elijah
        louis bobby philip johnny bernie bernard ted marco jeb barack bill mitt mike mitch rand newt rick
        chris ben boris rishi keir emmanuel vladimir xi justin narendra benjamin bashar recep jim tim
        tom dick harry nigel jeremy gordon tony david rishi sajid michael dominic matt jacob liam oliver jared eric
        reince corey steve sean rudy rudolph orrin harry chuck elijah al joaquin
        julian beto pete cory deval martin lincoln jim john-paul francois nicolas jacques helmut gerhard olaf
                abraham adrian alejandro alistair andre andy angus antonin arturo barry bob brad bradley brent bret brett
        carlos charlie ciaran clive colin craig curt cyril dan dante darrell dave declan denis derek dinesh doug
        duncan ed eddie emmet enrique ernest evan federico felipe fergus fred gareth gavin geoff geoffrey gerard
        gerry glenn gonzalo graeme greg hamish hank hugh hugo iain ian igor isaac jake jamal jeff jeffery jimmy joel
        jon jorge josh jurgen ken khizr kirk kurt leonardo lewis luis luiz malcolm manuel marc marcel mariano marty
        mikhail mohammed muhammad neil niall nick norman olivier owen phil rahm rhodri robby ron rory rowan rupert
        sadiq seamus sergio simon stefan stuart tad theo todd tommy trevor trey ulrich victor vince zac
        """)
}
