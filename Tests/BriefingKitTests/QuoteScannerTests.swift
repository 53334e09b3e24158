import Testing
@testable import BriefingKit

@Suite("Quote spans")
struct QuoteScannerTests {
    @Test func multiParagraphQuoteIsOneStatement() {
        let article = extract("""
            Jane Holt said: “We have started the work on the new bridge.

            “It will be finished before the winter comes, and we will keep everyone informed.”
            """)
        let statement = article.statement(containing: "new bridge")
        #expect(statement?.text.contains("before the winter") == true)
        #expect(article.speakerName(of: statement) == "Jane Holt")
        #expect(statement?.kind == .direct)
    }

    @Test func interruptedQuoteIsOneStatement() {
        let article = extract("Tom Reddy met the council on Monday.\n\n“The plan is sound,” he said, “and we will defend it in court.”")
        let quotes = article.statements.filter { $0.kind == .direct }
        #expect(quotes.count == 1)
        #expect(quotes.first?.text.hasPrefix("The plan is sound") == true)
        #expect(quotes.first?.text.hasSuffix("defend it in court.") == true)
        #expect(article.speakerName(of: quotes.first) == "Tom Reddy")
    }

    @Test func quoteResumedAfterAnInvertedCueAndAnAppositionIsOneStatement() {
        let article = extract("""
            Broadband use grew again. "It is moving the internet into home life," said Karla Tomson, chief executive of Arc UK, "with many people online as they might switch on the radio."
            """)
        let quotes = article.statements.filter { $0.kind == .direct || $0.kind == .partial }
        #expect(quotes.count == 1)
        #expect(quotes.first?.text.hasSuffix("switch on the radio.") == true)
        #expect(article.speakerName(of: quotes.first) == "Karla Tomson")
    }

    @Test func apostrophesAreNotQuotes() {
        let article = extract("Maria Lind said: “We’re sure the council’s plan isn’t ready, and Johnson’s team agrees.”")
        #expect(article.statements.count == 1)
        #expect(article.statements.first?.text == "We’re sure the council’s plan isn’t ready, and Johnson’s team agrees.")
    }

    @Test func doubledSingleQuotesAreQuotes() {
        let article = extract("''We did not expect this result,'' Mr. Okafor said. ``It surprised everyone,'' he added.")
        #expect(article.statement(containing: "We did not expect") != nil)
        #expect(article.speakerName(of: article.statement(containing: "We did not expect")) == "Okafor")
        #expect(article.statement(containing: "It surprised everyone") != nil)
    }

    @Test func straightQuotesInOneParagraphOpenAgainWhenUnclosed() {
        let article = extract("Ms Hewitt said: \"We have doubled the pay already. \"We are going to extend it by next year.\"")
        #expect(article.statement(containing: "doubled the pay") != nil)
        #expect(article.statement(containing: "extend it by next year") != nil)
    }

    @Test func unclosedQuoteEndsAtItsParagraph() {
        let article = extract("Sam Ortiz said: “The talks went well\n\nThe next meeting is in May.")
        let statement = article.statement(containing: "talks went well")
        #expect(statement?.text == "The talks went well")
    }

    @Test func scareQuotesWithoutCueAreNotStatements() {
        let article = extract("The government cannot send them to a ‘third’ country unless it is safe.")
        #expect(article.statements.isEmpty)
    }

    @Test func spansCarryTheirContentWithoutSurroundingSpace() {
        let text = "He said: “We will build it.  ” Then «  Fine. » and « » here."
        let decoded = ScalarText.decode(text)
        let spans = QuoteScanner.scan(decoded.scalars, marks: decoded.quoteMarks, blocks: [BlockPlace(Block(index: 0, kind: .paragraph, text: text, range: TextRange(start: 0, end: decoded.scalars.count)))])
        let contents = spans.map { span in span.trimmedContent.map { decoded.offsets.string(text, $0.start, $0.end) } }
        #expect(contents == ["We will build it.", "Fine.", nil])
    }

    @Test func threeStraightMarksCloseAQuotationWithOneInside() {
        let article = extract("''I would use the word 'old-school,''' said Greta Lind, a former envoy to Bermuda.")
        let statement = article.statement(containing: "old-school")
        #expect(statement?.text == "I would use the word 'old-school,'")
        #expect(article.speakerName(of: statement) == "Greta Lind")
    }

    @Test func openingCurlyMarkTypedToCloseAQuotationClosesIt() {
        let article = extract("“It's unusual,“ said Larry Nobel, an attorney at the centre. “It's a hard thing to pull off.”")
        let first = article.statement(containing: "It's unusual")
        #expect(first?.text == "It's unusual,")
        #expect(article.speakerName(of: first) == "Larry Nobel")
    }

    @Test func unclosedQuoteInsideAClosedParenthesisEndsAtItsParagraph() {
        let article = extract("""
            Ledger says its lists are the best. (Ledger says it tracks another 500 ''family fortunes.'.')

            ''The quality of these lists comes down to resources,'' Mr. Dorfman said.
            """)
        #expect(article.statement(containing: "family fortunes")?.text.contains("quality") == false)
        #expect(article.speakerName(of: article.statement(containing: "quality of these lists")) == "Dorfman")
    }
}
