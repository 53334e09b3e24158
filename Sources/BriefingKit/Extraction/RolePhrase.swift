/// A role as written ("the French president", "Shadow home secretary"), with its head and narrowing modifiers.
struct RolePhrase: Sendable {
    /// Where the role is written, without a leading article (its text is cut only when an entity takes the role).
    var range: TextRange
    /// The head noun's key.
    var head: WordKey
    /// The keys of modifiers that narrow the office.
    var specifics: Set<WordKey>

    /// Modifiers that narrow an office; others ("cabinet", "French", "former") do not change who holds it.
    static let narrowing = WordList("""
        prime foreign home shadow deputy vice first chief attorney general defence defense health education justice
        interior finance trade business transport culture environment energy security immigration press
        communications state treasury assistant associate acting interim majority minority
        """)

    /// Head nouns that name the same kind of office: each group's words, the first standing for the group.
    private static let synonymGroups = [
        "minister secretary", "president pres", "senator sen", "governor gov", "representative rep congressman congresswoman",
        "spokesman spokeswoman spokesperson", "adviser advisor",
    ].map { $0.split(separator: " ").map { WordHash.key($0) } }

    /// The index in `synonymGroups` of each synonym's group, looked up by key without hashing it again.
    private static let synonymGroup: KeyTable = {
        var table = KeyTable(capacity: synonymGroups.reduce(0) { $0 + $1.count })
        for (group, keys) in synonymGroups.enumerated() {
            for key in keys { table.insert(key, Int32(group)) }
        }
        return table
    }()

    /// The head key with synonyms folded together.
    static func canonicalHead(_ key: WordKey) -> WordKey { synonymGroup.value(key).map { synonymGroups[Int($0)][0] } ?? key }

    /// The key of "pm", which stands for "prime minister".
    static let primeMinisterAbbreviation: WordKey = 0x08d5_3b07_b575_4e66

    /// Builds a role phrase from the folded keys of its words (the last is the head) and where it is written; the
    /// keys may be a lazy view of the tokens, so no array is built for them.
    init(range: TextRange, keys: some BidirectionalCollection<WordKey>) {
        self.range = range
        var head = keys.last ?? 0
        var specifics: Set<WordKey> = []
        if head == RolePhrase.primeMinisterAbbreviation {
            head = WordHash.key("minister")
            specifics.insert(WordHash.key("prime"))
        }
        for key in keys.dropLast() where RolePhrase.narrowing.contains(key) { specifics.insert(key) }
        self.head = RolePhrase.canonicalHead(head)
        self.specifics = specifics
    }

    /// The signature to store on an entity that holds this role.
    var signature: RoleSignature { RoleSignature(head: head, specifics: specifics) }

    /// Modifiers that make a different, lesser office of the head (a vice president is not "the president").
    private static let subordinate = WordList("vice deputy assistant associate shadow")

    /// Whether an entity holding `signature` holds this role: the same head, every specific of this role, and
    /// no subordinate one this role lacks.
    func matches(_ signature: RoleSignature) -> Bool {
        signature.head == head && specifics.isSubset(of: signature.specifics)
            && signature.specifics.allSatisfy { specifics.contains($0) || !RolePhrase.subordinate.contains($0) }
    }
}
