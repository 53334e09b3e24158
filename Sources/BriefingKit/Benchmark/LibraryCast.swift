/// The people and phrases synthetic articles are made of.
enum LibraryCast {
    /// A person who speaks in synthetic articles.
    struct Person {
        let name: String
        let title: String
        let role: String

        /// The last word of the name.
        var surname: String { String(name.split(separator: " ").last ?? "") }
    }

    /// The cast: politicians, executives and players, some with accents, two sharing a surname.
    static let people: [Person] = [
        Person(name: "Tony Blair", title: "Mr", role: "Prime Minister"),
        Person(name: "Gordon Brown", title: "Mr", role: "Chancellor"),
        Person(name: "Nick Brown", title: "Mr", role: "former minister"),
        Person(name: "Michael Howard", title: "Mr", role: "Conservative leader"),
        Person(name: "Charles Kennedy", title: "Mr", role: "Liberal Democrat leader"),
        Person(name: "Patricia Hewitt", title: "Ms", role: "Trade Secretary"),
        Person(name: "David Blunkett", title: "Mr", role: "Home Secretary"),
        Person(name: "Jack Straw", title: "Mr", role: "Foreign Secretary"),
        Person(name: "Tessa Jowell", title: "Ms", role: "Culture Secretary"),
        Person(name: "Alan Milburn", title: "Mr", role: "election co-ordinator"),
        Person(name: "José Manuel Barroso", title: "Mr", role: "Commission President"),
        Person(name: "Gerhard Schröder", title: "Mr", role: "German Chancellor"),
        Person(name: "Renée Zellweger", title: "Ms", role: "actress"),
        Person(name: "Mervyn King", title: "Mr", role: "Bank of England governor"),
        Person(name: "Digby Jones", title: "Sir", role: "CBI director general"),
        Person(name: "Alex Ferguson", title: "Sir", role: "Manchester United manager"),
        Person(name: "Arsène Wenger", title: "Mr", role: "Arsenal manager"),
        Person(name: "Paula Radcliffe", title: "Ms", role: "marathon runner"),
        Person(name: "Bill Gates", title: "Mr", role: "Microsoft chairman"),
        Person(name: "Steve Jobs", title: "Mr", role: "Apple chief executive"),
        Person(name: "Greg Dyke", title: "Mr", role: "former BBC director general"),
        Person(name: "Stephen Carter", title: "Mr", role: "Ofcom chief executive"),
        Person(name: "Lord Goldsmith", title: "Lord", role: "Attorney General"),
        Person(name: "Ruth Kelly", title: "Ms", role: "Education Secretary"),
    ]

    /// Opening words of titles.
    static let headlines = ["Ministers defend", "Row over", "Firms warn on", "Fans react to", "Plans unveiled for", "New doubts over", "Record year for", "Inquiry into"]

    /// Closing words of titles.
    static let headlineEnds = ["tax plans", "pension reform", "broadband roll-out", "cup final", "film awards", "interest rates", "school budgets", "mobile charges"]

    /// Speech cues for reported speech.
    static let cues = ["said", "warned", "argued", "insisted", "confirmed", "stressed", "told reporters", "suggested"]

    /// Clause subjects.
    static let subjects = ["the government", "the plan", "the company", "the club", "voters", "the economy", "the market", "the new rules", "the industry", "the board", "the team"]

    /// Clause verbs.
    static let verbs = ["would improve", "could damage", "will protect", "had ignored", "must address", "is set to change", "has failed to meet", "would not affect"]

    /// Clause objects.
    static let objects = ["public services", "the pension system", "consumer confidence", "its long-term prospects", "the young players", "small businesses", "the licence fee", "growth forecasts"]

    /// Clause endings.
    static let endings = ["over the next five years", "by the end of the year", "in the coming months", "despite the criticism", "at a cost of £2bn", "without further delay", "for millions of families", "as soon as possible"]
}
