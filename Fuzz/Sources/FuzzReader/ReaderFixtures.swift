import BriefingKit

/// The fixed articles every FuzzReader run opens: synthetic text full of terminal hazards.
enum ReaderFixtures {
    /// An extracted article and a hand-built one whose speakers and statements carry controls.
    static let articles: [Article] = [extracted, handBuilt]

    /// Synthetic text (never real news) with quotes, controls, escapes, wide and combining characters.
    private static let text = """
        Minister unveils plan\u{1B}]2;pwned\u{7}

        Jane Doe, the Transport Secretary, said: “We will build \u{1B}[2J more lines.” She added \
        that the plan was “ambitious”.\r\n\r\nMr Roe told reporters the cost was £1,400 per 中文 \
        passenger 👩‍👩‍👧, and warned that e\u{301}tudes \u{202E}reversed\u{202C} were late.\r
        \tAccording to the Treasury\u{9B}31m, spending will rise.\u{85}A line\u{2028}separator.

        Read more: Doe backs \u{1B}[1;1H new rail link
        \(String(repeating: "long ", count: 120))
        """

    private static let extracted = Extractor().analyse(SourceText(path: "fixture\u{1B}[31m.txt", text: text))

    private static let handBuilt: Article = {
        let body = "Ann \u{1B}[5mBee\u{7} said “hello\u{1B}]0;x\u{7} there” to all.\n\nShe added “more”."
        let scalars = Array(body.unicodeScalars)
        func range(of part: String) -> TextRange {
            let target = Array(part.unicodeScalars)
            let start = (0...(scalars.count - target.count)).first { Array(scalars[$0..<$0 + target.count]) == target }!
            return TextRange(start: start, end: start + target.count)
        }
        func slice(_ range: TextRange) -> String {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[range.start..<range.end])
            return String(view)
        }
        let first = range(of: "Ann \u{1B}[5mBee\u{7} said “hello\u{1B}]0;x\u{7} there” to all.")
        let second = range(of: "She added “more”.")
        let quote = range(of: "hello\u{1B}]0;x\u{7} there")
        let more = range(of: "more")
        return Article(
            source: "hand\u{9D}built.txt", title: "Title \u{1B}[2J\u{202E}", text: body,
            blocks: [
                Block(index: 0, kind: .paragraph, text: slice(first), range: first),
                Block(index: 1, kind: .paragraph, text: slice(second), range: second),
            ],
            speakers: [
                Speaker(id: "ann-bee", name: "Ann \u{1B}[5mBee\u{7}", kind: .person, roles: ["Chief\u{9B}1m \u{202E}Whip"], aliases: ["Ms\u{0} Bee"], statementCount: 2),
                Speaker(id: "org", name: "Org\u{1B}", kind: .organisation),
            ],
            statements: [
                Statement(id: "s1", speakerID: "ann-bee", kind: .direct, cue: "said\u{1B}", text: slice(quote), block: 0, range: quote),
                Statement(id: "s2", speakerID: "ann-bee", kind: .partial, cue: nil, text: slice(more), block: 1, range: more),
                Statement(id: "s3", speakerID: nil, kind: .stance, cue: nil, text: slice(more), block: 1, range: more),
            ],
            decodingNotice: "notice \u{1B}[2J")
    }()
}
