/// Claims put in a headline as `Speaker: claim` (`Mayor: Bridge will reopen in May`), kept only when the speaker is
/// named again after the headline.
extension Analysis {
    /// Records the claim after a colon that follows a name or an organisation opening a quote-free headline sentence;
    /// not questions (`Q: Is it …?`), nor labels (`The Latest:`, `NEWSLETTER:`).
    mutating func recordHeadlineClaim(in sentence: Range<Int>, block: BlockPlace, parser: PhraseParser, mentionAt: MentionMap) {
        let tokens = parser.tokens
        let first = tokens[sentence.lowerBound]
        guard first.kind == .word, !first.listed(in: .determiner), !tokens[sentence.upperBound - 1].isPunctuation("?") else { return }
        var colon = sentence.lowerBound + 1
        while colon < min(sentence.upperBound, sentence.lowerBound + 6), !tokens[colon].isPunctuation(":") { colon += 1 }
        guard colon < sentence.upperBound, tokens[colon].isPunctuation(":") else { return }
        if colon == sentence.lowerBound + 1, first.end - first.start < 2 || first.isAllCaps && first.end - first.start > 5 { return }
        let end = trimmedEnd(colon + 1, sentence.upperBound, tokens)
        guard wordCount(colon + 1, end, tokens) >= 3, !containsQuote(colon + 1, end, tokens),
              let phrase = parser.phrase(endingAt: colon - 1, lowerBound: sentence.lowerBound), phrase.start == sentence.lowerBound,
              phrase.kind == .name || phrase.kind == .organisation,
              let entity = resolve(phrase, parser: parser, mentionAt: mentionAt) else { return }
        headlineClaims.append((found.count, tokens[end - 1].end))
        record(entity, .reported, cue: TextRange(start: tokens[colon].start, end: tokens[colon].end), block: block, from: tokens[colon + 1].start, to: tokens[end - 1].end, speaks: false)
    }

    /// Drops the headline claims whose speaker is not mentioned after the headline (`Revealed: …`, `The Latest: …`).
    mutating func dropUnsupportedHeadlineClaims() {
        guard !headlineClaims.isEmpty else { return }
        var dropped = Set<Int>()
        for claim in headlineClaims {
            guard let entity = found[claim.found].entity, registry.entities[entity].lastMention <= claim.end else { continue }
            dropped.insert(claim.found)
        }
        guard !dropped.isEmpty else { return }
        found = found.enumerated().filter { !dropped.contains($0.offset) }.map(\.element)
    }
}
