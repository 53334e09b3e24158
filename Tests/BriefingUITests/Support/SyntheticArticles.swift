import BriefingKit

/// Short articles written for these tests, analysed by the real extractor.
enum SyntheticArticles {
    /// A short council story with quotes, reported speech, a caption and a promo.
    static let council = """
        Mayor Ana Lima will ask the council on Tuesday to approve a new footbridge over the river.

        “We cannot wait another decade for a safe crossing,” Ms Lima said.

        Councillor Tom Reed, who chairs the budget committee, warned that the cost had “doubled in a year”.

        Reed said the council should first publish the engineers' report.

        Click here to subscribe to our newsletter.
        """

    /// The council story through the extractor.
    static let councilArticle = Extractor().analyse(SourceText(path: "fixtures/council.txt", text: council))
}
