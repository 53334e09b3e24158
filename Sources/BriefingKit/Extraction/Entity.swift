/// What is known of a person's gender from titles and first names, for matching `he` and `she`.
enum Gender: Sendable {
    case unknown, female, male
}

/// A role bound to an entity, reduced to what decides whether another role phrase names the same office.
struct RoleSignature: Sendable {
    /// The role's head noun ("minister").
    var head: WordKey
    /// Modifiers that narrow the office ("prime", "foreign").
    var specifics: Set<WordKey>
}

/// A person, organisation or group tracked through an article.
struct Entity: Sendable {
    /// The fullest form of the name seen so far.
    var name: String
    /// The folded keys of the name's words.
    var nameKeys: [WordKey]
    /// Person, organisation or group.
    var kind: SpeakerKind
    /// Whether the entity has a proper name (not only a description such as "an official").
    var isNamed: Bool
    /// Roles in the order they were found.
    var roles: [String]
    /// The roles' signatures, for matching role nouns.
    var roleSignatures: [RoleSignature]
    /// Other forms of mention, in the order they were found.
    var aliases: [String]
    /// What is known of the gender.
    var gender: Gender
    /// The offset of the first mention.
    var firstMention: Int
    /// The offset of the latest mention.
    var lastMention: Int
    /// How many statements are attributed to the entity.
    var statementCount: Int
    /// Whether the entity is a place speaking through its government (`Texas asked a judge`), which `it` and
    /// `they` do not stand for.
    var isPlace = false
    /// Whether the entity is a description first met with `a` or `an` and a source noun (`A Home Office spokesman
    /// said`, `a Juventus official`): an unnamed source, not someone named elsewhere in the story.
    var isAnonymousSource = false
}
