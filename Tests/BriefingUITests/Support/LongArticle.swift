import BriefingKit

/// A longer hand-built article for scrolling: numbered paragraphs, a quote from each of two speakers every few paragraphs.
enum LongArticle {
    /// Twenty paragraphs; paragraphs 2, 8 and 14 hold a quote of Kim Ode, 5 and 17 one of Lee Park.
    static let article: Article = {
        var builder = ArticleBuilder()
        builder.source = "fixtures/long.txt"
        for number in 0..<20 {
            switch number {
            case 2, 8, 14: builder.block(.paragraph, "Paragraph \(number): “Quote \(number) about the harbour plan,” said Kim Ode.")
            case 5, 17: builder.block(.paragraph, "Paragraph \(number): Lee Park said the plan number \(number) was too costly.")
            default: builder.block(.paragraph, "Paragraph \(number) describes the harbour plan in some more detail for readers.")
            }
        }
        builder.speaker("kim-ode", "Kim Ode", roles: ["Harbour master"])
        builder.speaker("lee-park", "Lee Park", roles: ["Treasurer"])
        for number in [2, 8, 14] { builder.statement("k\(number)", by: "kim-ode", .direct, "Quote \(number) about the harbour plan,") }
        for number in [5, 17] { builder.statement("l\(number)", by: "lee-park", .reported, "the plan number \(number) was too costly") }
        return builder.build()
    }()
}
