import Foundation
import Testing
@testable import BriefingKit

@Suite("JSON writer")
struct JSONWriterTests {
    /// One string written as a JSON array of one value.
    private func written(_ value: String) -> String {
        var json = JSONWriter()
        json.strings(nil, [value])
        return json.output
    }

    @Test func escapesQuotesControlsAndSeparators() {
        #expect(written("a\"b\\c\nd\re\tf") == #"["a\"b\\c\nd\re\tf"]"#)
        #expect(written("\u{1}\u{7F}\u{2028}\u{2029}\u{FEFF}") == #"["\u0001\u007f\u2028\u2029\ufeff"]"#)
        #expect(written("café — “quoted” ✓ 😀") == "[\"café — “quoted” ✓ 😀\"]")
    }

    @Test(arguments: 0..<50)
    func anyStringRoundTrips(seed: Int) throws {
        var generator = SeededRandom(seed: UInt64(seed) &+ 77)
        let pool: [Unicode.Scalar] = ["a", "\"", "\\", "\n", "\u{0}", "\u{1F}", "\u{7F}", "é", "\u{2027}", "\u{2028}", "\u{2029}", "\u{202A}",
                                      "\u{E000}", "\u{FEFF}", "\u{FEFE}", "\u{FFFD}", "—", "😀", " "]
        var value = String.UnicodeScalarView()
        for _ in 0..<Int.random(in: 0...40, using: &generator) { value.append(pool.randomElement(using: &generator)!) }
        let text = written(String(value))
        let decoded = try JSONDecoder().decode([String].self, from: Data(text.utf8))
        #expect(decoded == [String(value)])
    }

    @Test func prettyOutputIndentsKeysAndValues() {
        var json = JSONWriter(pretty: true)
        json.beginObject()
        json.int("n", 3)
        json.bool("ok", true)
        json.string("s", nil)
        json.beginArray("list")
        json.endArray()
        json.endObject()
        #expect(json.output == "{\n  \"n\": 3,\n  \"ok\": true,\n  \"s\": null,\n  \"list\": []\n}")
    }
}
