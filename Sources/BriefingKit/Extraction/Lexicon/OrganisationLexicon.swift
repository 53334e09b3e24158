/// Words that make a name an organisation or a place, and common nouns that head an organisation phrase.
enum OrganisationLexicon {
    /// Capitalised words that make a name an organisation ("Downing Street", "Labour Party", "Sky News").
    static let nameWords = WordList("""
        party labour conservatives tories tory democrats dems republicans gop street house office ministry department
        council committee commission union association agency inc corp corporation co ltd plc llc company group
        bank university college school institute foundation trust fund court police army navy government
        parliament congress senate assembly administration times news post journal herald guardian telegraph
        tribune network press media reuters bbc cnn nbc abc cbs fox msnbc npr pbs channel palace kremlin pentagon
        elysee treasury whitehall downing club league federation centre center campaign coalition alliance
        organisation organization society service services board bureau authority council caucus movement
        front church hospital airlines airways motors systems technologies partners holdings capital ventures
        guard brigade forces command unit team politics lords museum gallery library theatre theater zoo
        limited universities electric deutsche
        """)

    /// Words that end a sports club's name after its town (`Manchester United`, `Bolton Wanderers`).
    static let clubWords = WordList("united utd rovers athletic wanderers albion hotspur rangers")

    /// Organisation name words that are also surnames (`Liam Fox`, `Frank Church`), which after a known first name
    /// make a person, not an organisation.
    static let surnameNameWords = WordList("fox house street post church guard")

    /// Capitalised words that make a name a place or thing rather than a speaker.
    static let placeWords = WordList("""
        channel sea ocean river lake mountain mountains island islands valley coast bay gulf strait city county
        state province region road avenue square bridge airport station park hall stadium arena tower hotel
        bill act convention treaty accord agreement day week month year cup prize award games olympics war
        championship championships tournament trophy marathon prison jail cathedral
        crisis summit conference festival show series book film album road route highway kong york angeles
        francisco diego jersey hampshire carolina dakota virginia mexico zealand africa america korea arabia
        europe asia kingdom states republic east west north south
        """)

    /// Articles of other languages that open the name of a paper, body or place, never a person's (`Der Spiegel`,
    /// `El Pais`, `El Paso`).
    static let foreignArticles = WordList("el der die das")

    /// First words of multi-word place names ("New York", "San Diego").
    static let placePrefixes = WordList("new los las san santa st saint fort port mount lake north south east west upper lower great")

    /// Nouns for a business, outlet or band that stand right before its one-word name (`pharmaceutical firm
    /// Phytopharm`, `carmaker Fiat`, `pop band Busted`), which makes the name an organisation.
    static let companyNouns = WordList("""
        firm company group bank airline carrier carmaker automaker retailer supermarket chain maker manufacturer
        producer giant operator insurer lender drugmaker exchange broadcaster publisher newspaper website site brand label studio
        developer conglomerate utility telecom supplier distributor club agency consultancy regulator watchdog
        band duo trio orchestra choir
        """)

    /// Company nouns that, after `the`, stand for the business named just before (`the company`, `the US airline`);
    /// outlets and regulators are left out, as they are seldom the business just named.
    static let companyReferences = WordList("""
        company firm bank airline carrier carmaker automaker retailer supermarket chain maker manufacturer producer
        giant operator insurer lender drugmaker conglomerate utility supplier distributor club
        """)

    /// Organisation name words a business's name may hold (`Inc`, `Airways`, `Holdings`, `Club`).
    static let businessNameWords = WordList("""
        inc corp corporation co ltd plc llc company group bank fund airlines airways motors systems technologies
        partners holdings capital ventures club league federation centre center alliance organisation organization
        service services team
        """)

    /// Organisation name words of public bodies, parties and outlets (all the others), whose names a company noun
    /// never stands for (`the company` is not the `US Senate` or `Sky News` named just before).
    static let nonBusinessNameWords = nameWords.subtracting(businessNameWords)

    /// Jobs held at or of a business (`a security manager at Microsoft`, `chief operating officer of Sony`), which
    /// make the one-word name after them an organisation.
    static let businessJobs = WordList("""
        executive executives officer officers chairman chairwoman director directors manager managers employee
        employees engineer engineers founder co-founder spokesman spokeswoman spokesperson analyst analysts
        """)

    /// Plural nouns for those who follow or advise businesses, before a business's name (`analysts Gartnor`).
    static let businessWatchers = WordList("analysts consultants researchers")
    /// Plural nouns for a business's people, after its name (`Velora executives`).
    static let businessStaff = WordList("executives shareholders employees")

    /// What only a business has, after a one-word name's possessive (`Napster's shares`, `Boeing's profits`), which
    /// makes the name an organisation.
    static let companyPossessions = WordList("""
        shares stock profits profit revenue revenues sales earnings customers stores products subsidiary subsidiaries
        shareholders headquarters factories factory plants brands ceo chairman executives board boss bosses
        """)

    /// Nouns for a body that name it when they stand right before its one-word name (`think-tank Demos`, `his new
    /// party Veritas`, `the charity Oxfam`).
    static let namingHeads = WordList("think-tank thinktank party charity")

    /// Common nouns that head an organisation phrase ("the French government", "the company").
    static let commonHeads = WordList("""
        government party ministry department administration campaign company firm council committee commission
        police agency office court union bank group organisation organization association institute university
        newspaper paper magazine publication network channel website site report study survey poll statement letter memo
        document filing lawsuit complaint ruling judgment decision board regime authorities authority prosecution
        defence defense army military embassy consulate cabinet parliament senate congress legislature coalition
        team club federation league foundation charity movement opposition treasury palace spokesperson cartel
        polls surveys studies reports data figures numbers statistics records documents emails analysis research
        """)
}
