/// Closed-class words: determiners, pronouns, prepositions, auxiliaries and the like, and abbreviations.
enum FunctionWordLexicon {
    /// Capitalised words that never start or belong to a name at the start of a sentence.
    static let notNames = WordList("""
        a an the this that these those it its it's their his her our my your we they he she i you me him them us
        there here what which who whom whose why how where when while if as at in on for from with without under
        over by of to and or nor but so yet also then now later earlier today yesterday tomorrow tonight last next
        however meanwhile still instead indeed thus therefore moreover furthermore nevertheless nonetheless although
        though because since until unless after before during ahead despite amid among between against about
        above below into onto upon within across along around behind beyond near through throughout toward towards
        some many most several both all each every no not such other another any one two three four five six seven
        eight nine ten first second third speaking asked asking according writing talking meanwhile perhaps maybe
        yes no oh well just only even again already once never always often sometimes rather quite very much more
        less least best worst do does did is are was were be been being have has had will would can could shall
        should may might must let says said told added read image photo watch video listen click please
        monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
        september october november december mon tue wed thu fri sat sun jan feb mar apr jun jul aug sep sept oct nov dec
        mr mrs ms dr sir lady lord dame prof rev reverend
        neither either none nobody no-one everyone everybody someone somebody anyone anybody nothing everything something
        see like unlike plus whatever following outside inside shortly soon recently alongside beside besides beneath
        underneath amongst amidst via per regarding concerning
        """ + pronounContractionWords + negativeContractionWords)

    /// A pronoun or auxiliary run together with its verb or `not` (`They’re`, `Don’t`), which opens a clause and
    /// names no one.
    static let contractions = WordList(pronounContractionWords + negativeContractionWords)

    /// Pronouns run together with a verb, which `notNames` and `contractions` hold.
    private static let pronounContractionWords = """

        i'm i've i'll i'd we're we've we'll we'd you're you've you'll you'd they're they've they'll they'd he'll he'd
        she'll she'd it'll
        """

    /// Auxiliaries run together with `not`, which `notNames` and `contractions` hold.
    private static let negativeContractionWords = """

        don't doesn't didn't can't won't isn't aren't wasn't weren't couldn't shouldn't wouldn't haven't hasn't hadn't
        """

    /// Determiners and possessives that open a noun phrase.
    static let determiners = WordList("a an the this that these those his her its their our my your both each every another some any no")

    /// Subject pronouns that can stand for a speaker, with the relative `who`.
    static let pronouns = WordList("he she they it we i who")

    /// Words that can sit between a subject and its cue verb ("has also", "later", "would").
    static let skippable = WordList("""
        has have had having will would could should may might must shall can also then now later previously recently
        repeatedly once again further first earlier subsequently separately publicly privately reportedly
        allegedly apparently initially finally quickly flatly simply explicitly specifically bluntly angrily
        often frequently still already even only just has've not never n't did does do is are was were been
        being be himself herself themselves itself in turn today yesterday tonight last week year month
        """)

    /// Days of the week, which end a name rather than continue it ("the United States Tuesday").
    static let weekdays = WordList("monday tuesday wednesday thursday friday saturday sunday")

    /// Lower-case words in -ly that are nouns or adjectives, not adverbs between a subject and its cue.
    static let lyNonAdverbs = WordList("""
        family ally rally assembly supply monopoly bully belly daily weekly monthly anomaly italy july
        """)

    /// Words that open a subordinate clause before the main clause ("When asked, …", "After the vote, …").
    static let subordinators = WordList("when after as while since before although though if once because despite asked like unlike")

    /// Words that open a time clause, never what was said, right after a plain `said` (`said during the debate`).
    static let circumstanceOpeners = WordList("while before after during since although though whilst")

    /// Prepositions that open a time or setting phrase between a subject and its cue ("Clinton on Tuesday said").
    static let settingPrepositions = WordList("on at in during")

    /// Prepositions after which a single capitalised word is a place or thing, not a new person.
    static let prepositions = WordList("""
        in at to from of on into onto by near via across through throughout toward towards around outside inside
        within between among against about over under for with without during amid despite
        """)

    /// Determiners that deny their noun speaks (`no terrorist organization has claimed`), so it names no speaker.
    static let negatingDeterminers = WordList("no neither")

    /// Capitalised words that start a new sentence even after an abbreviation (`in the U.S. He said …`).
    static let sentenceOpeners = WordList("he she they we it the this these those there but and yet while when if although though however meanwhile")

    /// Words that end with a full stop without ending a sentence.
    static let abbreviations = WordList("""
        mr mrs ms dr st sr jr prof rev gen col lt sgt capt cmdr adm gov sen rep reps sens pres supt insp det
        no nos vol pp fig figs inc ltd co corp bros dept est approx vs v etc al jan feb mar apr jun jul aug sep
        sept oct nov dec mt ft ave blvd rd messrs mme mlle hon rt u.s u.k u.n e.u d.c a.m p.m i.e e.g
        ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo mont neb nev okla ore pa
        tenn tex va vt wash wis wyo
        """)
}
