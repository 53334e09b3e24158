/// The word lists the phrase parser reads at nearly every phrase, in one shared instance that each block's parser
/// holds, so that a look-up reads a field rather than a lazy global (a `swift_once` call at every read).
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

    /// The lists, read once.
    private init() {}
}
