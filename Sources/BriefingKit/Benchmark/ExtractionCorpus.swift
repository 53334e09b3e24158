/// A deterministic synthetic news corpus: paragraphs with names, titles, cue verbs, quotes and reported speech.
public enum ExtractionCorpus {
    private static let firstNames = ["Anna", "James", "Maria", "David", "Sofia", "Peter", "Grace", "Omar", "Lena", "Tom", "Priya", "Marcus"]
    private static let surnames = ["Hartley", "Okafor", "Lindqvist", "Moreau", "Baptiste", "Kowalski", "Reyes", "Tanaka", "Fairbairn", "Osei", "Varga", "Whitlock"]
    private static let titles = ["Foreign Secretary", "Health Minister", "Senator", "President", "Mayor", "Chancellor", "Governor"]
    private static let roles = ["the minister", "the senator", "the mayor", "a spokeswoman", "an official", "the president"]
    private static let cues = ["said", "told reporters", "warned", "argued", "insisted", "added", "stressed", "claimed"]
    private static let groups = ["Critics", "Campaigners", "Officials", "Local residents", "Labour", "The government", "Analysts"]
    private static let clauses = [
        "the plan would cost far more than had been promised",
        "talks with neighbouring countries had made real progress this week",
        "funding for the new scheme will be announced before the summer",
        "the decision was taken without consulting local councils",
        "no agreement could be reached until every side had seen the figures",
        "the measures are not legal and will be challenged in court",
    ]
    private static let quotes = [
        "We’re going to keep working until the job is done.",
        "This is a model that has proved its worth, and we want to build on it.",
        "Nobody should be asked to choose between heating and eating.",
        "I don’t think anyone expected the numbers to move this quickly.",
        "We will not accept a deal that leaves families worse off.",
    ]

    /// About `bytes` bytes of article text, the same for the same seed.
    public static func text(bytes: Int, seed: UInt64 = 2024) -> String {
        var generator = SeededRandom(seed: seed)
        var out = ""
        out.reserveCapacity(bytes + 1024)
        while out.utf8.count < bytes {
            out += paragraph(&generator)
            out += "\n\n"
        }
        return out
    }

    /// One paragraph in one of several news patterns.
    private static func paragraph(_ g: inout SeededRandom) -> String {
        let name = g.pick(firstNames) + " " + g.pick(surnames)
        let surname = String(name.split(separator: " ").last ?? "")
        switch g.next() % 7 {
        case 0: return "\(g.pick(titles)) \(name) \(g.pick(cues)) \(g.pick(clauses))."
        case 1: return "“\(g.pick(quotes))” Mr \(surname) said. “\(g.pick(quotes))”"
        case 2: return "\(name) said: “\(g.pick(quotes)) \(g.pick(quotes))”"
        case 3: return "\(g.pick(groups)) \(g.pick(cues)) that \(g.pick(clauses)), according to \(g.pick(roles))."
        case 4: return "Speaking on Tuesday, \(g.pick(roles)) \(g.pick(cues)) \(g.pick(clauses)), and urged ministers to “go further”."
        case 5: return "“\(g.pick(quotes))” \(g.pick(["he", "she"])) \(g.pick(cues)), “\(g.pick(quotes))”"
        default: return "The report, published on Monday, found that \(g.pick(clauses)) while \(g.pick(clauses))."
        }
    }
}
