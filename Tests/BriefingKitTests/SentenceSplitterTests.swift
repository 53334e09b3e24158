import Testing
@testable import BriefingKit

@Suite("Sentences")
struct SentenceSplitterTests {
    /// The sentences of a one-block text, as strings.
    private func sentences(_ text: String) -> [String] {
        let decoded = ScalarText.decode(text)
        let (scalars, offsets) = (decoded.scalars, decoded.offsets)
        var tokens: [Token] = []
        Tokenizer.tokenize(scalars, 0, scalars.count, quotes: [], lexicons: .shared, into: &tokens)
        var sentences: [Range<Int>] = []
        SentenceSplitter.split(tokens, quotes: [], scalars: scalars, into: &sentences)
        return sentences.map {
            offsets.string(text, tokens[$0.lowerBound].start, tokens[$0.upperBound - 1].end)
        }
    }

    @Test func abbreviationsAndInitialsDoNotEndSentences() {
        let result = sentences("Mr. Smith met Dr. J. R. Jones at No. 10 on Friday. The U.S. team left. They flew home.")
        #expect(result == ["Mr. Smith met Dr. J. R. Jones at No. 10 on Friday.", "The U.S. team left.", "They flew home."])
    }

    @Test func dotsWithoutASpaceAfterThemDoNotEndSentences() {
        #expect(sentences("Rep. Hal Brennan (D-N.Y.) spoke. Others left.") == ["Rep. Hal Brennan (D-N.Y.) spoke.", "Others left."])
    }

    @Test func aDigestsCapitalsHeadlineIsASentenceOfItsOwn() {
        #expect(sentences("FLOODS CLOSE RAIL LINE Network Rail said the line would stay shut.") == ["FLOODS CLOSE RAIL LINE", "Network Rail said the line would stay shut."])
        #expect(sentences("PRICES RISE AGAIN - Ann Lee, an economist, said it was expected.").first == "PRICES RISE AGAIN -")
        #expect(sentences("NATO Secretary General Jens Stoltenberg said the alliance would act.").count == 1)
        #expect(sentences("THE END OF AN ERA").count == 1)
    }

    @Test func questionsAndExclamationsEndSentences() {
        #expect(sentences("Why now? Nobody knows! It is late.").count == 3)
    }

    @Test func clauseOpenerAfterADottedAbbreviationStartsASentence() {
        let result = sentences("They left the U.S. While some stayed, most flew home. The U.S. Senate voted.")
        #expect(result == ["They left the U.S.", "While some stayed, most flew home.", "The U.S. Senate voted."])
    }

    @Test func parenthesisOpeningASentenceStartsIt() {
        let result = sentences("Will he stay in the party? (On Wednesday, his aide said he would.) Others left.")
        #expect(result == ["Will he stay in the party?", "(On Wednesday, his aide said he would.)", "Others left."])
    }
}
