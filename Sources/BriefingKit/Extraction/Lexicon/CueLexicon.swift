/// What a cue word needs around it: a particle that joins it ("called on"), must follow it ("point out") or makes
/// another verb of it ("called off").
struct CueEntry: Sendable {
    /// Where the particles that may follow and join the cue are in the lexicon's particle list (`CueLexicon.joins`),
    /// so an entry holds no array and copying a cue costs no reference counting.
    var optionalParticles: Range<Int>
    /// Where the particles that make another verb of the cue are in the lexicon's particle list
    /// (`CueLexicon.excludes`).
    var excludedParticles: Range<Int> = 0..<0
    /// A particle that must follow for the word to be a cue, if any.
    var requiredParticle: WordKey?
    /// Whether the form is a participle in -ing ("saying"), which takes its subject from the clause.
    var isGerund: Bool
    /// Whether the verb also takes a thing as its object (`claimed the title`, `posted a loss`), which makes it no cue.
    var takesThings = false
    /// Whether the verb also takes an amount as its object (`added 0.5%`, `added 255,000 jobs`), which makes it no cue.
    var takesAmounts = false
}

/// Cue verbs of speech and attribution, with their tense forms.
enum CueLexicon {
    /// One line per verb: its forms, then `+particle` (may join), `=particle` (must follow), `-particle` (makes
    /// another verb: `called off`), `!things` (a thing after it makes it no cue: `claimed the title`) or `!amounts` (an
    /// amount after it makes it no cue: `added 0.5%`).
    static let source = """
        say says said saying
        tell tells told telling !things
        add adds added adding -up !amounts
        argue argues argued arguing
        claim claims claimed claiming !things
        warn warns warned warning
        stress stresses stressed stressing
        confirm confirms confirmed confirming
        signals signalled signaled signalling signaling
        calls called calling +on +for -off -in -up
        urge urges urged urging
        insist insists insisted insisting
        deny denies denied denying
        accuse accuses accused accusing
        pledges pledged pledging +to
        admit admits admitted admitting
        suggest suggests suggested suggesting
        point points pointed pointing =out
        refer refers referred referring =to
        according =to
        decline declines declined declining =to
        refuse refuses refused refusing =to
        announce announces announced announcing
        explain explains explained explaining
        notes noted noting
        write writes wrote writing
        reads
        stated stating
        declare declares declared declaring
        acknowledge acknowledges acknowledged acknowledging
        assert asserts asserted asserting
        contend contends contended contending
        predict predicts predicted predicting
        promises promised +to
        vowed vowing +to
        tweeted tweeting
        recalls recalled recalling
        replied replying
        respond responds responded responding
        ask asks asked asking
        demanded demanding
        propose proposes proposed proposing
        concede concedes conceded conceding !things
        complain complains complained complaining
        criticise criticises criticised criticising criticize criticizes criticized criticizing
        describe describes described describing
        dismiss dismisses dismissed dismissing
        reveal reveals revealed revealing
        reported reporting
        disclose discloses disclosed disclosing
        indicate indicates indicated indicating
        emphasise emphasises emphasised emphasising emphasize emphasizes emphasized emphasizing
        observe observes observed observing
        remarked remarking
        commented commenting
        echoed echoing
        elaborate elaborates elaborated elaborating
        jokes joked joking
        quipped
        boasted boasting
        lamented lamenting
        cautioned cautioning
        countered countering
        retorted
        testify testifies testified testifying
        allege alleges alleged alleging
        threaten threatens threatened threatening +to
        conclude concludes concluded concluding
        hinted hinting
        assure assures assured assuring
        remind reminds reminded reminding
        recommend recommends recommended recommending
        advise advises advised advising
        pleaded pleading
        protested
        blamed blaming
        quoted quoting
        chides chided chiding
        snipes sniped sniping
        mocks mocked mocking
        ridicules ridiculed ridiculing
        derides derided deriding
        decries decried decrying
        touts touted touting
        lauds lauded lauding
        intimates intimated intimating
        maintains maintained
        reiterates reiterated reiterating
        speculates speculated speculating
        wonders wondered wondering
        put puts =it
        condemn condemns condemned condemning
        praises praised praising
        slams slammed slamming
        blasts blasted blasting
        repeat repeats repeated repeating
        reiterate reiterates reiterated reiterating
        insinuate insinuates insinuated insinuating
        speculate speculates speculated speculating
        mention mentions mentioned mentioning
        agree agrees agreed agreeing
        questioned questioning
        wonder wonders wondered wondering
        maintain maintains maintained maintaining
        estimated
        briefed
        inform informs informed informing
        recount recounts recounted recounting
        exclaim exclaims exclaimed exclaiming
        shouted shouting
        whispered
        mutter mutters muttered muttering
        praised praising
        slammed slamming
        blasted blasting
        labelled labeled
        dub dubs dubbed dubbing
        branded
        attacked
        mocked mocking
        rules ruled ruling =out
        charged
        chanted chanting
        barked
        continue continues continued continuing
        yelled yelling
        answered
        shoot shoots shot =back
        fire fires fired =back
        go goes went =on
        cite cites cited citing
        proclaim proclaims proclaimed proclaiming
        denounce denounces denounced denouncing
        decry decries decried decrying
        imply implies implied implying
        thanked thanking
        bemoan bemoans bemoaned bemoaning
        scoffed
        snapped -up
        sighed
        laughed
        cried
        tout touts touted touting
        posit posits posited positing
        mused
        gushed
        railed railing
        vented
        concur concurs concurred concurring
        interject interjects interjected interjecting
        surmise surmises surmised surmising
        defended defending
        expressed expressing
        discussed discussing
        posted posting !things
        fume fumes fumed fuming
        opine opines opined opining
        exhort exhorts exhorted exhorting
        brag brags bragged bragging
        gripe gripes griped griping
        grumble grumbles grumbled grumbling
        deadpanned
        beamed
        pondered
        scream screams screamed screaming
        retaliated
        """

    /// The key of every cue form, in source order (a form listed twice appears twice).
    static var forms: [WordKey] { table.forms }

    /// The source parsed into entries, a table from form keys to the index of each form's entry (a later line wins
    /// for a form listed twice), the forms' keys and the joining and excluded particles of all lines; read from its
    /// UTF-8 and hashed from it, as `WordList` reads its lists.
    static let table: CueTable = {
        var list: [CueEntry] = []
        var forms: [WordKey] = []
        var particles: [WordKey] = []
        var table = KeyTable(capacity: 1200)
        var text = source
        text.withUTF8 { bytes in
            ByteFields.forEach(bytes, separatedBy: { $0 == UInt8(ascii: "\n") }) { line in
                var lineForms: [(key: WordKey, isGerund: Bool)] = []
                var joining: [WordKey] = []
                var excluded: [WordKey] = []
                var required: WordKey?
                var takesThings = false
                var takesAmounts = false
                ByteFields.forEach(line, separatedBy: { $0 == UInt8(ascii: " ") }) { word in
                    let particle = WordHash.key(utf8: UnsafeBufferPointer(rebasing: word.dropFirst()))
                    switch word[0] {
                    case UInt8(ascii: "+"): joining.append(particle)
                    case UInt8(ascii: "-"): excluded.append(particle)
                    case UInt8(ascii: "="): required = particle
                    case UInt8(ascii: "!"):
                        if word.elementsEqual("!amounts".utf8) { takesAmounts = true } else { takesThings = true }
                    default: lineForms.append((WordHash.key(utf8: word), word.count >= 3 && word.suffix(3).elementsEqual("ing".utf8)))
                    }
                }
                let optional = particles.count..<(particles.count + joining.count)
                let excludedRange = optional.upperBound..<(optional.upperBound + excluded.count)
                particles += joining + excluded
                for form in lineForms {
                    table.insert(form.key, Int32(list.count))
                    list.append(CueEntry(optionalParticles: optional, excludedParticles: excludedRange, requiredParticle: required, isGerund: form.isGerund,
                                         takesThings: takesThings, takesAmounts: takesAmounts))
                    forms.append(form.key)
                }
            }
        }
        return CueTable(list: list, table: table, forms: forms, particles: particles)
    }()
}
