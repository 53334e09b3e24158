/// Questions put to a speaker by someone unnamed (`Asked whether the talks had failed, Ms Cole said …`): the question
/// is reported speech with no speaker.
extension Analysis {
    static let asked: WordKey = 0xfb0a_b6bc_4db9_8323
    /// Words that open the question after `Asked`.
    private static let questionWords = WordList("whether if what why how who when where which about to")

    /// Records the question of a sentence that opens with `Asked … ,`; whether it was recorded. The opening word is
    /// tested inline, since every sentence is asked.
    @inline(__always)
    mutating func recordQuestion(_ sentence: Range<Int>, block: BlockPlace, parser: PhraseParser) -> Bool {
        let first = parser.tokens[sentence.lowerBound]
        guard sentence.count > 4, first.kind == .word, first.key == Analysis.asked else { return false }
        return recordAskedQuestion(sentence, block: block, parser: parser)
    }

    /// `recordQuestion` for a sentence of more than four tokens that opens with `Asked`.
    private mutating func recordAskedQuestion(_ sentence: Range<Int>, block: BlockPlace, parser: PhraseParser) -> Bool {
        let tokens = parser.tokens
        var start = sentence.lowerBound + 1
        while start < sentence.upperBound, start - sentence.lowerBound < 4, !tokens[start].isLowercaseWord || !Analysis.questionWords.contains(tokens[start].key) {
            start += 1
        }
        guard start < sentence.upperBound, tokens[start].isLowercaseWord, Analysis.questionWords.contains(tokens[start].key) else { return false }
        var end = start + 1
        while end < sentence.upperBound, !tokens[end].isPunctuation(","), tokens[end].kind != .quote { end += 1 }
        guard end < sentence.upperBound, tokens[end].isPunctuation(","), wordCount(start, end, tokens) >= 2 else { return false }
        found.append(FoundStatement(entity: nil, kind: .reported, cue: TextRange(start: tokens[sentence.lowerBound].start, end: tokens[sentence.lowerBound].end),
                                    block: block.index, range: TextRange(start: tokens[start].start, end: tokens[end - 1].end)))
        return true
    }
}
