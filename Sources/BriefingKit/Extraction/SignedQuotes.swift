/// A paragraph that signs the quotation before it (`- Sanders.`, `— Hillary Clinton`, `-Michelle Marks,
/// Philadelphia.`), as fact-checks, epigraphs and digests set out who said what.
extension Analysis {
    /// The most tokens a signature's gloss after the name and a comma may hold (`, tweeting after Clinton's speech.`).
    private static let signatureGloss = 10

    /// When the block is a dash and a name alone, or with a short gloss after a comma, gives that speaker to the
    /// quotations that open the block before and have no cue of their own.
    mutating func signPrecedingQuotes(_ block: BlockPlace, parser: PhraseParser, mentionAt: MentionMap) {
        let tokens = parser.tokens
        guard block.index > 0, tokens.count >= 2, tokens[0].isDash, let name = parser.phrase(startingAt: 1, upperBound: tokens.count),
              name.kind == .name, tokens[name.end...].allSatisfy({ $0.isPunctuation(".") })
                || tokens[name.end].isPunctuation(",") && tokens.count - name.end <= Analysis.signatureGloss && !tokens[name.end...].contains(where: { $0.kind == .quote }),
              let speaker = resolve(name, parser: parser, mentionAt: mentionAt) else { return }
        var index = firstQuote(startingIn: block.index - 1)
        while index < quotes.count, quotes[index].startBlock == block.index - 1 {
            let attribution = attributions[index]
            if quotes[index].endBlock == block.index - 1, attribution.keep, attribution.cueToken == nil, attribution.mergedInto == nil {
                attributions[index].entity = speaker
            }
            index += 1
        }
    }

    /// The index of the first quotation that starts in block `block` or later (quotations are in text order).
    private func firstQuote(startingIn block: Int) -> Int {
        var (low, high) = (0, quotes.count)
        while low < high {
            let middle = (low + high) / 2
            if quotes[middle].startBlock < block { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
