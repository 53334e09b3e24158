import Testing
@testable import BriefingKit

/// `ByteFields.forEach` gives the fields `split` gives, empty runs left out.
@Suite struct ByteFieldsTests {
    @Test func fieldsMatchSplit() {
        for text in ["a b  c", " lead and trail ", "", "   ", "one", "x,y\nz,,w\n"] {
            var fields: [String] = []
            var copy = text
            copy.withUTF8 { bytes in
                ByteFields.forEach(bytes, separatedBy: { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\n") }) {
                    fields.append(String(decoding: $0, as: UTF8.self))
                }
            }
            #expect(fields == text.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\n" }).map(String.init), "\(text)")
        }
    }
}
