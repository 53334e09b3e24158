import Testing
@testable import BriefingKit

/// Decoding article bytes: encodings, BOMs, fallbacks and line endings.
@Suite struct DecodingTests {
    private func decode(_ bytes: [UInt8]) throws -> SourceText {
        try ArticleTextDecoder.decode(bytes, path: "a.txt")
    }

    @Test func plainUTF8() throws {
        let source = try decode(Array("Costs rose by £5 — “a lot”.".utf8))
        #expect(source.text == "Costs rose by £5 — “a lot”.")
        #expect(source.encoding == .utf8)
        #expect(source.notice == nil)
    }

    @Test func utf8BOMIsDropped() throws {
        let source = try decode([0xEF, 0xBB, 0xBF] + Array("£1".utf8))
        #expect(source.text == "£1")
        #expect(source.encoding == .utf8WithBOM)
        #expect(source.notice == nil)
    }

    @Test(arguments: [true, false])
    func utf16WithBOM(littleEndian: Bool) throws {
        let text = "Tax “fell” by £2 😀\r\nok"
        var bytes: [UInt8] = littleEndian ? [0xFF, 0xFE] : [0xFE, 0xFF]
        for unit in text.utf16 {
            bytes += littleEndian ? [UInt8(unit & 0xFF), UInt8(unit >> 8)] : [UInt8(unit >> 8), UInt8(unit & 0xFF)]
        }
        let source = try decode(bytes)
        #expect(source.text == text)
        #expect(source.encoding == (littleEndian ? .utf16LittleEndian : .utf16BigEndian))
        #expect(source.notice == nil)
    }

    @Test func utf16UnpairedSurrogateAndOddByte() throws {
        // "a", a lone high surrogate, "b", then one stray byte.
        let source = try decode([0xFF, 0xFE, 0x61, 0x00, 0x00, 0xD8, 0x62, 0x00, 0x63])
        #expect(source.text == "a\u{FFFD}b\u{FFFD}")
        #expect(source.notice?.contains("2 invalid UTF-16") == true)
    }

    @Test func latin1FallsBackToWindows1252KeepingPound() throws {
        // "£1,400 – a “rise”" in Windows-1252.
        let bytes: [UInt8] = [0xA3] + Array("1,400 ".utf8) + [0x96] + Array(" a ".utf8) + [0x93] + Array("rise".utf8) + [0x94]
        let source = try decode(bytes)
        #expect(source.text == "£1,400 – a “rise”")
        #expect(source.encoding == .windows1252)
        #expect(source.notice?.contains("a.txt") == true)
        #expect(source.notice?.contains("Windows-1252") == true)
        #expect(source.text.unicodeScalars.count == bytes.count)
    }

    @Test func undefinedWindows1252BytesKeepTheirCode() throws {
        let source = try decode([0x81, 0x41, 0xE9])
        #expect(Array(source.text.unicodeScalars) == ["\u{81}", "A", "é"])
    }

    @Test func truncatedUTF8IsRepairedNotReinterpreted() throws {
        let source = try decode(Array("Caf\u{E9} costs ".utf8) + [0xC2])
        #expect(source.text == "Café costs \u{FFFD}")
        #expect(source.encoding == .utf8)
        #expect(source.notice?.contains("cut short") == true)
    }

    @Test func mostlyUTF8WithABadByteIsRepaired() throws {
        let bytes = Array("“One” and “two”, ".utf8) + [0xFF] + Array(" £3".utf8)
        let source = try decode(bytes)
        #expect(source.text == "“One” and “two”, \u{FFFD} £3")
        #expect(source.notice?.contains("1 invalid UTF-8 sequence") == true)
    }

    @Test func badUTF8AfterBOMIsRepaired() throws {
        let source = try decode([0xEF, 0xBB, 0xBF, 0x41, 0xA3, 0x42])
        #expect(source.text == "A\u{FFFD}B")
        #expect(source.encoding == .utf8WithBOM)
    }

    @Test func repairMatchesMaximalSubparts() throws {
        // Surrogate encodings and overlongs: one U+FFFD per maximal ill-formed subpart (as Python's errors="replace").
        let bytes: [UInt8] = Array("“ok” “ok” “ok” ".utf8) + [0xED, 0xA0, 0x80, 0x78, 0xF0, 0x9F, 0x98]
        let source = try decode(bytes)
        #expect(source.text == "“ok” “ok” “ok” \u{FFFD}\u{FFFD}\u{FFFD}x\u{FFFD}")
    }

    @Test(arguments: ["\r\n", "\r", "\n"])
    func lineEndingsAreKeptAndSplitLikeLF(ending: String) throws {
        let text = "First paragraph.\(ending)\(ending)Second one.\(ending)"
        let source = try decode(Array(text.utf8))
        #expect(source.text == text)
        let article = Extractor().analyse(source)
        #expect(article.blocks.map(\.text) == ["First paragraph.", "Second one."])
        expectRangesHold(article)
    }

    @Test(arguments: [
        [0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x37, 0x0A],                   // %PDF-1.7
        [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x41],                   // PNG
        [0xFF, 0xD8, 0xFF, 0xE0, 0x41],                                           // JPEG
        Array("GIF89a".utf8), Array("GIF87a...".utf8),                            // GIF
        [0x50, 0x4B, 0x03, 0x04, 0x14],                                           // ZIP
        [0x7F, 0x45, 0x4C, 0x46, 0x02],                                           // ELF
        [0x1F, 0x8B, 0x08],                                                       // gzip
        Array("Some text".utf8) + [0x00] + Array("more".utf8),                    // NUL byte
        [0xFF, 0xFE, 0x41, 0x00, 0x00, 0x00],                                     // UTF-16 with a NUL unit
        [0x01, 0x02, 0x03, 0x41, 0x04, 0x05],                                     // mostly control bytes
    ] as [[UInt8]])
    func binaryIsRefused(bytes: [UInt8]) {
        #expect(throws: DocumentError.binary(path: "a.txt")) { try decode(bytes) }
    }

    @Test func nulLateInALargeFileIsBinary() {
        let bytes = [UInt8](repeating: 0x61, count: 200_000) + [0x00]
        #expect(throws: DocumentError.binary(path: "a.txt")) { try decode(bytes) }
    }

    @Test func escapesAndTabsAloneAreText() throws {
        let source = try decode(Array("\u{1B}[31mred\u{1B}[0m\tand\u{0C}more".utf8))
        #expect(source.text.hasPrefix("\u{1B}[31m"))
    }

    @Test(arguments: ["", " ", "\n\n  \n\t\n", "\r\n\r\n", "\u{A0}\u{2003}\n"])
    func emptyOrWhitespaceOpensAsEmptyArticle(text: String) throws {
        let source = try decode(Array(text.utf8))
        #expect(source.text == text)
        let article = Extractor().analyse(source)
        #expect(article.blocks.isEmpty)
        #expect(article.statements.isEmpty)
    }

    @Test func emptyUTF16IsEmpty() throws {
        #expect(try decode([0xFE, 0xFF]).text == "")
    }
}
