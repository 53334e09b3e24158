/// Article texts the tests write for themselves.
enum Fixtures {
    /// Enough filler paragraphs that what follows them starts below a 40-row screen.
    static let filler = (1...14).map { "Paragraph \($0) of background: the council met on Tuesday and the weather was mild for the season." }
        .joined(separator: "\n\n")

    /// An article whose quotes all sit below the first screen: Anna Smith twice, Tom Jones once.
    static let lateQuotes = """
        Ministers gathered in Leeds for a meeting about transport.

        \(filler)

        Anna Smith, the transport secretary, said: “Zebra crossings are marvellous and we will build more of them.”

        Tom Jones, the shadow minister, said: “Pelican crossings are better value for money.”

        Ms Smith said: “We will publish the plans in the spring.”
        """

    /// An article mixing wide (CJK, emoji), combining and control characters.
    static let wideText = """
        Opening: 日本語のテキストと絵文字 🎉 then café, naïve, e\u{301} and a\ttab, all on one line of prose.

        Mr Tanaka said: “東京は素晴らしい都市です 🚄 and we will go back there soon.”
        """

    /// An article that tries to set the terminal's title (OSC 2) and clear the screen (CSI 2 J).
    static let injection = """
        Safe opening line of the article.

        Injected \u{1B}]2;PWNED-TITLE\u{07} title and \u{1B}[2J clear, then the closing words.
        """
}
