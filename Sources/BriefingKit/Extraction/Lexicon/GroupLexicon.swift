/// Plural and collective nouns that name a group of people who can say or hold something.
enum GroupLexicon {
    /// Heads of group phrases ("critics", "human rights groups", "both sides").
    static let heads = WordList("""
        critics charities groups sides officials experts analysts economists ministers lawmakers legislators
        politicians leaders diplomats sources residents campaigners activists protesters protestors demonstrators
        supporters opponents voters people residents citizens members scientists researchers doctors nurses
        teachers parents students workers unions employers businesses companies firms investors observers
        commentators historians lawyers prosecutors judges police officers authorities mps meps senators
        congressmen representatives governors mayors candidates advisers advisors aides staff spokesmen negotiators
        allies rivals environmentalists advocates organisers organizers officials insiders strategists pollsters
        veterans farmers fishermen families victims survivors witnesses neighbours neighbors locals americans
        britons europeans conservationists rebels militants
        """).adding(parties)

    /// Plural nouns for parties and political camps, capitalised as names (`the Tories`, `Democrats`).
    static let parties = WordList("democrats republicans conservatives liberals progressives tories unionists nationalists loyalists")

    /// Plural nouns for peoples, faiths and generations, whose capital is their own wherever they stand.
    static let peoples = WordList("""
        americans britons europeans russians chinese israelis palestinians iranians iraqis syrians afghans
        mexicans latinos hispanics canadians germans french italians spaniards ukrainians africans asians arabs
        muslims christians catholics protestants evangelicals jews hindus sikhs millennials boomers
        """)

    /// Capitalised words that stand alone for a group when they open a sentence (`Others say`, `Americans
    /// believe`, `Two-thirds said`): quantifiers, some plural nouns, and the peoples.
    static let standalone = WordList("""
        others some many most several few both all half two-thirds three-quarters dozens hundreds thousands millions
        voters traders mourners reporters journalists correspondents governments directors
        """).adding(peoples)

    /// Determiners and quantifiers that may open a group phrase.
    static let quantifiers = WordList("one another both many some several most few all other others various numerous two three four five dozens hundreds thousands")
}
