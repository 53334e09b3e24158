import Testing
@testable import BriefingKit

/// Hashing a word from its UTF-8 gives the key of its scalars, and word lists find their words.
@Suite struct WordHashTests {
    @Test func utf8KeyIsTheKeyOfTheScalars() {
        for word in ["said", "Mr", "Café", "O’Neill", "naïve", "Ελλάδα", "東京", "emoji😀word", ""] {
            let scalars = Array(word.unicodeScalars)
            #expect(WordHash.key(Substring(word)) == WordHash.key(scalars, 0, scalars.count), "\(word)")
        }
    }

    @Test func wordListsSplitAtSpacesCommasAndLinesAndDropComments() {
        let list = WordList("alpha beta,gamma\n# delta epsilon\nzeta  # eta\n  theta")
        #expect(list.keys == ["alpha", "beta", "gamma", "zeta", "theta"].map { WordHash.key(Substring($0)) })
        #expect(list.contains(WordHash.key(Substring("gamma"))))
        #expect(!list.contains(WordHash.key(Substring("delta"))))
    }

    @Test func noListHoldsTheKeyOfATokenThatIsNotAWord() {
        let list = WordList("alpha beta gamma")
        #expect(!list.contains(0))
    }
}
