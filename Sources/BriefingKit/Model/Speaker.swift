/// Whether a speaker is a person, an organisation or a group of people.
public enum SpeakerKind: String, Sendable, Codable, CaseIterable {
    case person
    case organisation
    case group
}

/// A person, organisation or group that says or holds something in an article.
public struct Speaker: Hashable, Sendable, Identifiable {
    /// A stable slug of the canonical name ("james-cleverly"), unique within the article.
    public var id: String
    /// The fullest form of the name found in the text ("James Cleverly").
    public var name: String
    /// Person, organisation or group.
    public var kind: SpeakerKind
    /// Roles bound to the speaker in the text ("Foreign Secretary").
    public var roles: [String]
    /// Other mentions that resolved to the speaker ("Mr Cleverly", "the cabinet minister").
    public var aliases: [String]
    /// How many statements the article attributes to the speaker.
    public var statementCount: Int

    /// Creates a speaker.
    public init(id: String, name: String, kind: SpeakerKind, roles: [String] = [], aliases: [String] = [], statementCount: Int = 0) {
        self.id = id
        self.name = name
        self.kind = kind
        self.roles = roles
        self.aliases = aliases
        self.statementCount = statementCount
    }

    /// Whether the speaker is known only by a description ("spokesman", "critics"), which the extractor writes in
    /// lower case, rather than by a name.
    public var isDescription: Bool { name.unicodeScalars.first.map { $0.properties.isLowercase } ?? false }

    /// The first role, or nil when none is known.
    public var primaryRole: String? { roles.first }
}
