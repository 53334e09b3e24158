/// The word lists the rules read most often (at nearly every phrase, name or cue), in one shared instance that each
/// block's phrase parser holds, so that a look-up reads a field rather than a lazy global (a `swift_once` call at every
/// read).
final class PhraseLexicons: Sendable {
    /// The one instance.
    static let shared = PhraseLexicons()

    /// Place names (`PlaceLexicon.names`).
    let placeNames = PlaceLexicon.names
    /// Compass words (`PlaceLexicon.compassWords`).
    let compassWords = PlaceLexicon.compassWords
    /// Words before a compass word that make a region of it (`PlaceLexicon.regionPrefixes`).
    let regionPrefixes = PlaceLexicon.regionPrefixes
    /// Words for one person of a nation (`PlaceLexicon.demonyms`).
    let demonyms = PlaceLexicon.demonyms
    /// Plural nouns for peoples, faiths and generations (`GroupLexicon.peoples`).
    let peoples = GroupLexicon.peoples
    /// Nouns of time, which head no speaker phrase (`PhraseParser.timeNouns`).
    let timeNouns = PhraseParser.timeNouns
    /// Words left of a quantity once its first word is passed over (`Analysis.quantityLinks`).
    let quantityLinks = Analysis.quantityLinks
    /// Determiners that deny their noun speaks (`FunctionWordLexicon.negatingDeterminers`).
    let negatingDeterminers = FunctionWordLexicon.negatingDeterminers
    /// Definite determiners.
    let definites = WordList("the this that these those his her its their our")
    /// Ordinals (`first`, `second` …).
    let ordinals = WordList("first second third fourth fifth")
    /// Words that single out one unnamed person as a speaker (`one user wrote`, `another supporter said`).
    let singleOut = WordList("one another")
    /// Function words that are also first names, so they open the name they stand before (`said Will Doyle`,
    /// `May Mobley`); any other function word before a name only opens the clause (`But Serena denied`).
    let nameLikeFunctionWords = WordList("will may june april august")
    /// Words that end a newspaper's name after a weekday.
    let paperNames = WordList("times telegraph express mirror herald post people independent tribune mail sport")

    /// Words that end a sports club's name (`OrganisationLexicon.clubWords`).
    let clubWords = OrganisationLexicon.clubWords
    /// Organisations known by a one-word name (`OrganisationLexicon.knownOrganisations`).
    let knownOrganisations = OrganisationLexicon.knownOrganisations
    /// Words that make a name an organisation's (`OrganisationLexicon.nameWords`).
    let organisationWords = OrganisationLexicon.nameWords
    /// Organisation name words that are also surnames (`OrganisationLexicon.surnameNameWords`).
    let surnameNameWords = OrganisationLexicon.surnameNameWords
    /// Capitalised words that make a name a place or thing (`OrganisationLexicon.placeWords`).
    let placeWords = OrganisationLexicon.placeWords
    /// First words of multi-word place names (`OrganisationLexicon.placePrefixes`).
    let placePrefixes = OrganisationLexicon.placePrefixes
    /// Articles of other languages that open a paper's, body's or place's name (`OrganisationLexicon.foreignArticles`).
    let foreignArticles = OrganisationLexicon.foreignArticles
    /// Adjectives that make a region of the place after them (`PlaceLexicon.compassAdjectives`).
    let compassAdjectives = PlaceLexicon.compassAdjectives
    /// Nouns that name a role (`PersonLexicon.roleHeads`).
    let roleHeads = PersonLexicon.roleHeads
    /// Words that may stand before a role head (`PersonLexicon.roleModifiers`).
    let roleModifiers = PersonLexicon.roleModifiers
    /// `which` (`Analysis.relativeWhich`): after a name and a comma it makes the name no person's (`Laura Ashley,
    /// which …`).
    let relativeWhich = Analysis.relativeWhich
    /// Common female first names (`PersonLexicon.femaleNames`).
    let femaleNames = PersonLexicon.femaleNames
    /// Common male first names (`PersonLexicon.maleNames`).
    let maleNames = PersonLexicon.maleNames
    /// Honorifics that mark a woman (`PersonLexicon.femaleHonorifics`).
    let femaleHonorifics = PersonLexicon.femaleHonorifics
    /// Honorifics that mark a man (`PersonLexicon.maleHonorifics`).
    let maleHonorifics = PersonLexicon.maleHonorifics
    /// Honorifics that go with a first name (`PersonLexicon.firstNameHonorifics`).
    let firstNameHonorifics = PersonLexicon.firstNameHonorifics
    /// Titles of peers that stay part of a name given with no first name (`PersonLexicon.peerageTitles`).
    let peerageTitles = PersonLexicon.peerageTitles
    /// Cues that take a plain noun phrase as their speaker (`Analysis.plainReportCues`).
    let plainReportCues = Analysis.plainReportCues
    /// Nouns a sports story names its speaker by again (`Analysis.speakerHeads`).
    let speakerHeads = Analysis.speakerHeads
    /// Role heads that many people in one story hold at once (`Analysis.sharedRoleHeads`).
    let sharedRoleHeads = Analysis.sharedRoleHeads
    /// Nouns for a business, outlet or band (`OrganisationLexicon.companyNouns`).
    let companyNouns = OrganisationLexicon.companyNouns
    /// Role heads that name an office one person holds at a time, so `the …` refers to a known holder.
    let officeHeads = WordList("""
        president minister secretary chancellor senator governor mayor premier pm king queen pope speaker
        chairman chairwoman chair leader candidate nominee ceo director prosecutor judge ambassador commissioner boss
        congressman congresswoman representative sheriff coach manager chief founder treasurer mp mep msp
        """)
    /// Positions in a team, which a story names its subject by once named (`the defender said`), as it does an office.
    let positionHeads = WordList("striker midfielder defender goalkeeper keeper winger fly-half scrum-half skipper captain")
    /// The personal pronoun behind each possessive one (`Analysis.possessivePronouns`).
    let possessivePronouns = Analysis.possessivePronouns

    /// Words after `according to` that make it a measure or a manner, not a source (`ranked according to how much
    /// …`, `went according to plan`, `paid according to need`).
    let measures = WordList("""
        how what whether which where when plan plans schedule script rules custom tradition need needs merit size
        age income ability
        """)
    /// Things a verb that also takes things takes (`claimed the title`, `conceded six goals`, `posted a loss`, `tells
    /// the story of`), which make it no cue.
    let things = WordList("""
        title titles win wins victory draw award awards prize medal gold silver bronze spot place crown trophy cup
        championship slam double treble break point points lead seat seats wicket wickets goal goals try tries
        penalty penalties scalp honours loss losses profit profits gain gains rise deficit surplus revenue revenues
        earnings story tale
        """)
    /// The forms of `go`, whose `on` goes on speaking (`went on: “…”`, `went on to say`) or on somewhere (`went on
    /// sale`, `went on the offensive`).
    let goForms = WordList("go goes went")
    /// Words before a quotation that make it the name of a programme or work (`the MSNBC show ''Morning Joe''`).
    let workNouns = WordList("""
        show program programme series book film movie documentary column magazine titled entitled pseudonym nickname
        alias moniker album song novel memoir musical podcast newsletter
        """)
    /// Conjunctions that open a clause set against the one before (`while`, `whereas`).
    let contrastWords = WordList("while whereas")
    /// Adverbs of time that open a sentence before a phrase and its comma (`Later in the show, after …, Maher said`).
    let openingAdverbs = WordList("later earlier afterwards afterward previously subsequently")

    /// The lists, read once.
    private init() {}

    /// Whether a role head, after `the`, stands for a person already named who holds it or has no role yet.
    func bindsHolder(_ head: WordKey) -> Bool {
        officeHeads.contains(head) || positionHeads.contains(head)
    }

    /// Whether a name's words make it an organisation: it ends with a club word, or one of them is a name word,
    /// unless that word is such a surname after an honorific (`Dr Fox`) or a known first name (`Liam Fox`).
    func isOrganisationName(_ keys: [WordKey], afterHonorific: Bool) -> Bool {
        if keys.count >= 2, let last = keys.last, clubWords.contains(last) { return true }
        if keys.count == 1, knownOrganisations.contains(keys[0]) { return !afterHonorific }
        guard keys.contains(where: { organisationWords.contains($0) }) else { return false }
        guard let last = keys.last, keys.count <= 2, surnameNameWords.contains(last) else { return true }
        if keys.count == 1 { return !afterHonorific }
        return !PersonLexicon.isFirstName(keys[0])
    }
}
