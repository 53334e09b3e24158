import Testing
@testable import BriefingKit

/// The single-word keys written as numbers are the `WordHash.key` of their words.
@Suite struct WordKeyConstantTests {
    @Test func singleWordKeysMatchTheirWords() {
        let keys: [(WordKey, String)] = [
            (Analysis.the, "the"), (Analysis.as, "as"), (Analysis.of, "of"), (Analysis.for, "for"), (Analysis.that, "that"),
            (Analysis.to, "to"), (Analysis.not, "not"), (Analysis.been, "been"), (Analysis.according, "according"),
            (Analysis.whose, "whose"), (Analysis.in, "in"), (Analysis.about, "about"), (Analysis.told, "told"), (Analysis.tell, "tell"), (Analysis.will, "will"), (Analysis.time, "time"), (Analysis.said, "said"), (Analysis.having, "having"), (Analysis.this, "this"),
            (Analysis.all, "all"), (Analysis.its, "its"), (Analysis.on, "on"), (Analysis.asked, "asked"),
            (Analysis.calls, "calls"), (Analysis.claims, "claims"), (Analysis.claim, "claim"), (Analysis.ago, "ago"), (Analysis.and, "and"), (Analysis.from, "from"), (Analysis.at, "at"), (Analysis.by, "by"), (Analysis.with, "with"), (Analysis.also, "also"),
            (Pronoun.he, "he"), (Pronoun.she, "she"), (Pronoun.they, "they"), (Pronoun.it, "it"), (Pronoun.who, "who"),
            (Pronoun.we, "we"), (Pronoun.i, "i"), (RolePhrase.primeMinisterAbbreviation, "pm"),
            (PhraseParser.yearOld, "year-old"), (Analysis.quoted, "quoted"), (Analysis.quotes, "quotes"), (Analysis.quoting, "quoting"),
        ]
        for (key, word) in keys { #expect(key == WordHash.key(Substring(word)), "\(word)") }
    }
}
