import BriefingKit
import BriefingUI

/// Small articles written for these tests (no copyrighted text).
enum Fixtures {
    /// A hand-built article about a footbridge: three speakers, every statement kind and every block kind.
    static let bridge: Article = {
        var builder = ArticleBuilder()
        builder.block(.paragraph, "Mayor Ana Lima will ask the council on Tuesday to approve a new footbridge over the river.")
        builder.block(.paragraph, "“We cannot wait another decade for a safe crossing,” Ms Lima said.")
        builder.block(.caption, "The old bridge closed in March. Photo: City Archive")
        builder.block(.paragraph, "Councillor Tom Reed, who chairs the budget committee, warned that the cost had “doubled in a year”.")
        builder.block(.heading, "Costs")
        builder.block(.paragraph, "Reed said the council should first publish the engineers' report.")
        builder.block(.paragraph, "The cyclists' group Pedal Forward wants the bridge to open by spring.")
        builder.block(.paragraph, "“It is the only route to the school,” said Lima.")
        builder.block(.boilerplate, "Click here to subscribe to our newsletter.")
        builder.block(.related, "Read more: Harbour festival returns")
        builder.speaker("ana-lima", "Ana Lima", roles: ["Mayor"])
        builder.speaker("tom-reed", "Tom Reed", roles: ["Councillor"])
        builder.speaker("pedal-forward", "Pedal Forward", .group)
        builder.statement("s1", by: "ana-lima", .direct, "We cannot wait another decade for a safe crossing,")
        builder.statement("s2", by: "tom-reed", .partial, "doubled in a year")
        builder.statement("s3", by: "tom-reed", .reported, "the council should first publish the engineers' report")
        builder.statement("s4", by: "pedal-forward", .stance, "the bridge to open by spring")
        builder.statement("s5", by: "ana-lima", .direct, "It is the only route to the school,")
        return builder.build()
    }()

    /// The bridge article as a one-article briefing.
    static let bridgeBriefing = Briefing(articles: [bridge])

    /// A reader on the bridge article with colours off, sized for `columns`×`rows`.
    static func reader(_ briefing: Briefing = bridgeBriefing, columns: Int = 100, rows: Int = 24) -> ReaderModel {
        ReaderModel(briefing: briefing, colorsEnabled: false, columns: columns, rows: rows)
    }
}
