import Testing
@testable import BriefingKit

/// Speaker ids: lower case, runs of other characters one hyphen, apostrophes dropped; ASCII names take a byte path
/// that must give what the scalar path gives.
@Suite struct SlugTests {
    @Test func slugsOfNames() {
        #expect(Slug.make("James Cleverly") == "james-cleverly")
        #expect(Slug.make(" Jean-Luc  Picard, 2nd ") == "jean-luc-picard-2nd")
        #expect(Slug.make("O'Neill") == "oneill")
        #expect(Slug.make("O’Neill") == "oneill")
        #expect(Slug.make("Zoë BALL") == "zoë-ball")
        #expect(Slug.make("") == "speaker")
        #expect(Slug.make("--") == "speaker")
    }

    @Test func asciiNamesSlugAsTheScalarPathDoes() {
        let everyASCII = String(decoding: (0..<128).map { UInt8($0) }, as: UTF8.self)
        for name in ["James Cleverly", "A. N. Other", "'", "x'y-z", "Route 66 (US)", everyASCII, String(everyASCII.reversed())] {
            // A curly apostrophe is dropped like a straight one but sends the name down the scalar path.
            #expect(Slug.make(name) == Slug.make(name + "\u{2019}"), "\(name)")
        }
    }
}
