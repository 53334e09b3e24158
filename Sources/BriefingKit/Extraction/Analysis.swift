/// A statement found during analysis, before ids and speaker ids are assigned.
struct FoundStatement: Sendable {
    /// The entity that said it, if known.
    var entity: Int?
    /// How it is reported.
    var kind: StatementKind
    /// Where the cue is written (its text is cut when the article is assembled).
    var cue: TextRange?
    /// The block it starts in.
    var block: Int
    /// Its content.
    var range: TextRange
}

/// What is known of one quotation after attribution. Each optional's spare bytes hold one-byte fields and the
/// two-word cue comes last, so a quotation takes 72 bytes rather than 80 (one is kept for every quotation).
struct QuoteAttribution: Sendable {
    /// The speaker, if known.
    var entity: Int?
    /// Whether attribution is settled (found, inherited or given up).
    var settled = false
    /// Whether the quotation becomes a statement.
    var keep = false
    /// The quotation this one continues (an interrupted quote), if any.
    var mergedInto: Int?
    /// Direct or partial.
    var kind = StatementKind.direct
    /// Whether the cue came after the quotation.
    var cueAfter = false
    /// The token index of the cue used, in the block where it was found.
    var cueToken: Int?
    /// Whether it names a programme or work (`on NBC's “Meet the Press”`), so a reported clause may hold it.
    var isWorkTitle = false
    /// Where the cue is written.
    var cue: TextRange?
}

/// The state of analysing one article: entities, quotations and the statements found so far.
struct Analysis {
    /// The article's scalars.
    let scalars: [Unicode.Scalar]
    /// Strings cut from the article's text.
    let strings: ScalarStrings
    /// The quotations of the article.
    let quotes: [QuoteSpan]
    /// The entities and their mentions.
    var registry = EntityRegistry()
    /// What each quotation was attributed to.
    var attributions: [QuoteAttribution]
    /// Reported speech and stances.
    var found: [FoundStatement] = []
    /// The speaker of the latest statement, its block and sentence, for quote paragraphs that continue a speaker.
    var lastSpeaker: (entity: Int, block: Int, sentence: Int)?
    /// The latest speaker and the registry sentence they spoke in, as look-ups that prefer them take it.
    var latestSpeaker: (entity: Int, sentence: Int)? { lastSpeaker.map { ($0.entity, $0.sentence) } }
    /// A speaker introduced at the end of a block ("…, he said:") for the quotation in the next block.
    var introduced: (entity: Int, block: Int)?
    /// Whether the block being read is a heading, whose capitals mark no names by themselves (`Classy Henman makes
    /// winning start`, `De Blasio: Trust Bratton …`).
    var inHeading = false
    /// Headline claims (`Speaker: claim`): the index in `found` and the offset where the headline ends.
    var headlineClaims: [(found: Int, end: Int)] = []

    // Single-word keys are written as their `WordHash.key` values (checked by `WordKeyConstantTests`), so reading
    // one is a constant, not a lazy global's `swift_once`.
    static let the: WordKey = 0x56f5_c919_4461_d57c
    static let `as`: WordKey = 0x089c_5507_b545_b54d
    static let of: WordKey = 0x08b0_6007_b556_7108
    static let `for`: WordKey = 0xdcb2_7818_fed9_da90
    static let and: WordKey = 0xe6f7_9719_051f_f286
    static let from: WordKey = 0x7f84_5078_d7a5_c0b5
    static let at: WordKey = 0x089c_4e07_b545_a968
    static let by: WordKey = 0x08a6_4b07_b54d_f8d4
    static let with: WordKey = 0xa66b_06f6_55a0_c2e9
    static let that: WordKey = 0x256c_adef_3232_570c
    static let to: WordKey = 0x08c8_3907_b56a_c0a4
    static let not: WordKey = 0x215a_d619_258e_9f4a
    static let been: WordKey = 0x75f4_589b_951a_b7c3
    static let according: WordKey = 0x2206_9a7d_ca73_9b67
    static let whose: WordKey = 0xe0ed_e188_62cb_0a23
    static let `in`: WordKey = 0x08b7_3807_b55c_4bbe
    static let about: WordKey = 0x3f74_142d_6181_ea7e
    static let told: WordKey = 0x2fd9_f6ef_389a_0874
    static let tell: WordKey = 0xfa48_fcef_19cf_1ae2
    static let will: WordKey = 0xa619_0af6_555a_bf8d
    static let time: WordKey = 0x1e54_85ef_2e9f_9384
    static let said: WordKey = 0x096e_4d18_bf89_481c
    static let having: WordKey = 0x9c68_c3ff_bacc_25dc
    static let this: WordKey = 0x2587_bcef_3249_3841
    static let all: WordKey = 0xe6f0_9b19_0519_daa4
    static let its: WordKey = 0x2bb3_ea19_2be5_4d99
    static let calls: WordKey = 0xf0d7_1e3a_9d59_1e6e
    static let claims: WordKey = 0xbe2f_be80_062c_f874
    static let claim: WordKey = 0xd0f4_6795_2fae_e3cf
    static let also: WordKey = 0x84ca_5683_ab03_58d2
    static let ago: WordKey = 0xe715_be19_0539_325a
    /// Pronouns that stand for a person.
    static let personalPronouns = WordList("he she his her him hers himself herself")
    /// Verbs after `it` that make it an agent (a company or body) rather than the empty `it` of `it was clear`.
    static let agentVerbsAfterIt = WordList("""
        would will had plans planned intends intended expects expected aims aimed agreed hopes hoped wants wanted
        needs needed has would've could can may might must should
        """)
    static let on: WordKey = 0x08b0_5807_b556_6370
    /// Cues by which an outlet reports what another source said, so that source stays the speaker.
    static let nestedSourceCues = WordList("reported reports")
    static let countryAbbreviations = WordList("us uk usa u.s u.k uae eu-uk")
    /// Nouns a sports story names its speaker by again right after quoting them (`the Liverpool player`, `the prop`),
    /// which stand for that speaker only.
    static let speakerHeads = WordList("player prop hooker flanker athlete sprinter")
    /// Nouns a story names the person it has just quoted by, in the attribution after the quotation (`“…,” added the
    /// two-time Academy Award winner.`, `said the veteran actor`), which stand for that speaker.
    static let epithetHeads = WordList("""
        champion winner star frontman actor actress singer rapper comedian golfer cyclist swimmer musician veteran
        youngster teenager
        """)
    /// Role heads that many people in one story hold at once, so `the official` names no earlier holder.
    static let sharedRoleHeads = WordList("official aide member resident worker student volunteer partner expert source")
    /// Cues whose first object is the addressee, skipped before the reported clause.
    static let addresseeCues = WordList("""
        tell tells told telling urge urges urged urging warn warns warned warning assure assures assured remind
        reminds reminded inform informs informed advise advises advised ask asks asked accuse accuses accused
        call calls called calling
        """)

    /// Creates the state for an article's text and quotations.
    init(strings: ScalarStrings, quotes: [QuoteSpan]) {
        self.scalars = strings.scalars
        self.strings = strings
        self.quotes = quotes
        self.attributions = [QuoteAttribution](repeating: QuoteAttribution(), count: quotes.count)
    }

    /// The text of `start..<end`.
    func text(_ start: Int, _ end: Int) -> String {
        strings.string(start, end)
    }

    /// Analyses one statement-bearing block, given the quotations that start, end or run through it; `tokens` and
    /// `scratch` are the caller's working arrays, whose storage each block reuses.
    mutating func analyse(block: BlockPlace, quoteIndices: ArraySlice<Int>, tokens: inout [Token], scratch: inout BlockScratch) {
        tokens.clearKeepingStorage()
        scratch.placed.clearKeepingStorage()
        for index in quoteIndices {
            let quote = quotes[index]
            scratch.placed.append((max(quote.open, block.range.start), min(quote.close, block.range.end), index))
        }
        Tokenizer.tokenize(scalars, block.range.start, block.range.end, quotes: scratch.placed, lexicons: scratch.lexicons, into: &tokens)
        registry.markKnownSurnames(&tokens)
        inHeading = block.kind == .heading
        if block.startsArticle {
            (lastSpeaker, introduced) = (nil, nil)
            registry.startArticle(at: block.range.start)
        }
        SentenceSplitter.split(tokens, quotes: quotes, scalars: scalars, into: &scratch.sentences)
        tokens.withUnsafeBufferPointer { analyse(block: block, tokens: $0, scratch: &scratch) }
    }

    /// `analyse(block:…)` once the block is tokenized and split into sentences, with the rules reading its tokens
    /// through their storage (see `PhraseParser.tokens`).
    private mutating func analyse(block: BlockPlace, tokens: UnsafeBufferPointer<Token>, scratch: inout BlockScratch) {
        let parser = PhraseParser(scalars: scalars, tokens: tokens, cues: scratch.cues, lexicons: scratch.phraseLexicons)
        if let first = scratch.sentences.first, let start = Dateline.end(of: tokens, in: first) {
            scratch.sentences[0] = start..<first.upperBound
        }
        scratch.mentionAt.reset(count: tokens.count)
        for sentence in scratch.sentences {
            registry.sentence += 1
            scanMentions(sentence, parser: parser, mentionAt: &scratch.mentionAt)
            let summary = SentenceSummary(tokens, sentence)
            if summary.hasQuote {
                attributeQuotes(in: sentence, block: block, parser: parser, mentionAt: scratch.mentionAt)
                if block.kind == .paragraph {
                    findReportedSpeech(in: sentence, summary, block: block, parser: parser, mentionAt: scratch.mentionAt, withQuotes: true)
                }
            } else if block.kind == .paragraph || block.kind == .caption {
                findReportedSpeech(in: sentence, summary, block: block, parser: parser, mentionAt: scratch.mentionAt)
            } else if block.kind == .heading {
                recordHeadlineClaim(in: sentence, block: block, parser: parser, mentionAt: scratch.mentionAt)
            }
        }
        noteIntroduction(scratch.sentences.last, block: block, parser: parser, mentionAt: scratch.mentionAt)
        signPrecedingQuotes(block, parser: parser, mentionAt: scratch.mentionAt)
    }

    /// Remembers a speaker introduced at the end of the block ("X said:", "Stated Stone:", "X issued the following
    /// statement:") for a quotation in the next block.
    private mutating func noteIntroduction(_ sentence: Range<Int>?, block: BlockPlace, parser: PhraseParser, mentionAt: MentionMap) {
        guard let sentence, sentence.count >= 3 else { return }
        let tokens = parser.tokens
        guard tokens[sentence.upperBound - 1].isPunctuation(":") else { return }
        var index = sentence.upperBound - 2
        while index >= sentence.lowerBound {
            if let cue = cue(at: index, sentence, parser: parser), let entity = subject(of: cue, sentence, parser: parser, mentionAt: mentionAt) {
                introduced = (entity, block.index)
                return
            }
            index -= 1
        }
        if let entity = invertedSpeaker(before: sentence.upperBound, sentence, parser: parser, mentionAt: mentionAt)
            ?? mentionedPerson(before: sentence.upperBound - 1, sentence, parser: parser, mentionAt: mentionAt)
            ?? mentionedSubject(before: sentence.upperBound - 1, sentence, parser: parser, mentionAt: mentionAt) {
            introduced = (entity, block.index)
        }
    }
}
