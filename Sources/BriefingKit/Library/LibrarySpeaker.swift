/// A statement of the library: the index of its article and its index among that article's statements.
public struct LibraryStatementRef: Hashable, Sendable, Comparable {
    /// The index of the article in the library.
    public var article: Int
    /// The index of the statement in the article's `statements`.
    public var statement: Int

    /// Creates a reference.
    public init(article: Int, statement: Int) {
        self.article = article
        self.statement = statement
    }

    /// Orders by article, then by the statement's place in the article.
    public static func < (lhs: Self, rhs: Self) -> Bool {
        (lhs.article, lhs.statement) < (rhs.article, rhs.statement)
    }
}

/// One article's speaker that is part of a library speaker.
public struct LibrarySpeakerMember: Hashable, Sendable {
    /// The index of the article in the library.
    public var article: Int
    /// The speaker's id in that article.
    public var speakerID: String

    /// Creates a member.
    public init(article: Int, speakerID: String) {
        self.article = article
        self.speakerID = speakerID
    }
}

/// A person, organisation or group across a library: the same speaker of many articles merged by name.
public struct LibrarySpeaker: Equatable, Sendable, Identifiable {
    /// A slug of the folded name ("james-cleverly"), unique within the library.
    public var id: String
    /// The name most articles use for the fullest form ("James Cleverly").
    public var name: String
    /// The kind most articles give.
    public var kind: SpeakerKind
    /// Roles from every article, most frequent first.
    public var roles: [String]
    /// Other names from every article ("Mr Cleverly"), most frequent first.
    public var aliases: [String]
    /// The article speakers merged into this one, in article order.
    public var members: [LibrarySpeakerMember]
    /// The speaker's statements across the library, by article then text order.
    public var statements: [LibraryStatementRef]
    /// How many articles the speaker appears in.
    public var articleCount: Int
    /// The number of statements of each kind, in `StatementKind.allCases` order.
    public var kindCounts: [Int] = Array(repeating: 0, count: StatementKind.allCases.count)
    /// The name, roles and aliases folded (`TextFolding`) and joined by newlines, for filtering as the user types.
    public var searchText = ""

    /// How many statements the library attributes to the speaker.
    public var statementCount: Int { statements.count }

    /// How many of the speaker's statements are of this kind.
    public func count(of kind: StatementKind) -> Int {
        StatementKind.allCases.firstIndex(of: kind).map { kindCounts[$0] } ?? 0
    }

    /// The first role, or nil when none is known.
    public var primaryRole: String? { roles.first }
}
