/// A statement found during analysis, before ids and speaker ids are assigned.
struct FoundStatement: Sendable {
    /// The entity that said it, if known.
    var entity: Int?
    /// How it is reported.
    var kind: StatementKind
    /// The cue as written.
    var cue: String?
    /// The block it starts in.
    var block: Int
    /// Its content.
    var range: TextRange
}

/// What is known of one quotation after attribution.
struct QuoteAttribution: Sendable {
    /// Whether attribution is settled (found, inherited or given up).
    var settled = false
    /// Whether the quotation becomes a statement.
    var keep = false
    /// The speaker, if known.
    var entity: Int?
    /// The cue as written.
    var cue: String?
    /// Direct or partial.
    var kind = StatementKind.direct
    /// The quotation this one continues (an interrupted quote), if any.
    var mergedInto: Int?
    /// The token index of the cue used, in the block where it was found.
    var cueToken: Int?
    /// Whether the cue came after the quotation.
    var cueAfter = false
    /// Whether it names a programme or work (`on NBC's “Meet the Press”`), so a reported clause may hold it.
    var isWorkTitle = false
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
    /// The speaker of the latest statement and its block, for quote paragraphs that continue a speaker.
    var lastSpeaker: (entity: Int, block: Int)?
    /// A speaker introduced at the end of a block ("…, he said:") for the quotation in the next block.
    var introduced: (entity: Int, block: Int)?
    /// Headline claims (`Speaker: claim`): the index in `found` and the offset where the headline ends.
    var headlineClaims: [(found: Int, end: Int)] = []
    /// The working arrays of the last block, kept so the next block reuses their storage.
    private var spare = BlockScratch()

    static let the = WordHash.key("the")
    static let `as` = WordHash.key("as")
    static let of = WordHash.key("of")
    static let `for` = WordHash.key("for")
    static let that = WordHash.key("that")
    static let to = WordHash.key("to")
    static let not = WordHash.key("not")
    static let been = WordHash.key("been")
    static let according = WordHash.key("according")
    static let whose = WordHash.key("whose")
    static let `in` = WordHash.key("in")
    static let about = WordHash.key("about")
    static let told = WordHash.key("told")
    static let all = WordHash.key("all")
    static let its = WordHash.key("its")
    static let calls = WordHash.key("calls")
    static let claims = WordHash.key("claims")
    /// Pronouns that stand for a person.
    static let personalPronouns = WordList("he she his her him hers himself herself")
    /// Verbs after `it` that make it an agent (a company or body) rather than the empty `it` of `it was clear`.
    static let agentVerbsAfterIt = WordList("""
        would will had plans planned intends intended expects expected aims aimed agreed hopes hoped wants wanted
        needs needed has plans intends would've could can may might must should
        """)
    static let on = WordHash.key("on")
    /// Cues by which an outlet reports what another source said, so that source stays the speaker.
    static let nestedSourceCues = WordList("reported reports")
    static let countryAbbreviations = WordList("us uk usa u.s u.k uae eu-uk")
    /// Role heads that name an office one person holds at a time, so `the …` refers to a known holder.
    static let officeHeads = WordList("""
        president minister secretary chancellor senator governor mayor premier pm king queen pope speaker
        chairman chairwoman chair leader candidate nominee ceo director prosecutor judge ambassador commissioner
        congressman congresswoman representative sheriff coach manager chief founder treasurer
        """)
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

    /// Analyses one statement-bearing block, given the quotations that start, end or run through it.
    mutating func analyse(block: Block, quoteIndices: ArraySlice<Int>, tokens: inout [Token]) {
        tokens.removeAll(keepingCapacity: true)
        var scratch = BlockScratch()
        swap(&scratch, &spare)
        defer { spare = scratch }
        scratch.placed.removeAll(keepingCapacity: true)
        for index in quoteIndices {
            let quote = quotes[index]
            scratch.placed.append((max(quote.open, block.range.start), min(quote.close, block.range.end), index))
        }
        Tokenizer.tokenize(scalars, block.range.start, block.range.end, quotes: scratch.placed, into: &tokens)
        let parser = PhraseParser(scalars: scalars, tokens: tokens)
        SentenceSplitter.split(tokens, quotes: quotes, scalars: scalars, into: &scratch.sentences)
        if let first = scratch.sentences.first, let start = Dateline.end(of: tokens, in: first) {
            scratch.sentences[0] = start..<first.upperBound
        }
        scratch.mentionAt.reset(count: tokens.count)
        for sentence in scratch.sentences {
            registry.sentence += 1
            scanMentions(sentence, parser: parser, mentionAt: &scratch.mentionAt)
            if tokens[sentence].contains(where: { $0.kind == .quote }) {
                attributeQuotes(in: sentence, block: block, parser: parser, mentionAt: scratch.mentionAt)
                if block.kind == .paragraph {
                    findReportedSpeech(in: sentence, block: block, parser: parser, mentionAt: scratch.mentionAt, withQuotes: true)
                }
            } else if block.kind == .paragraph || block.kind == .caption {
                findReportedSpeech(in: sentence, block: block, parser: parser, mentionAt: scratch.mentionAt)
            } else if block.kind == .heading {
                recordHeadlineClaim(in: sentence, block: block, parser: parser, mentionAt: scratch.mentionAt)
            }
        }
        noteIntroduction(scratch.sentences.last, block: block, parser: parser, mentionAt: scratch.mentionAt)
    }

    /// Remembers a speaker introduced at the end of the block ("X said:") for a quotation in the next block.
    private mutating func noteIntroduction(_ sentence: Range<Int>?, block: Block, parser: PhraseParser, mentionAt: MentionMap) {
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
    }
}
