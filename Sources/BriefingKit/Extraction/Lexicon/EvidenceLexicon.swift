/// Words of findings reported from documents and polls rather than from people ("a new poll shows …").
enum EvidenceLexicon {
    /// Verb forms that report what a source found or shows.
    static let verbs = WordList("""
        show shows showed find finds found suggest suggests suggested indicate indicates indicated reveal reveals
        revealed conclude concludes concluded estimate estimates estimated predict predicts predicted say says said
        """)

    /// Nouns that head such a source.
    static let sources = WordList("""
        poll polls polling survey surveys study studies report reports data figures numbers statistics records
        documents analysis research review audit investigation findings evidence results count tally video
        videos footage census projections estimates models
        """)

    /// Auxiliaries that end a source phrase read backwards from its head (`the government has ordered a review`).
    static let auxiliaries = WordList("has have had will would could can may might should must did does do")

    /// Source nouns that report findings from an opening phrase (`In a new poll, …`), unlike a video or a record.
    static let openingSources = WordList("poll polls polling survey surveys study studies report reports analysis census")
}
