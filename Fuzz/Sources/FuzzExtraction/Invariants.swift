import BriefingKit
import Foundation

/// Stops the run with `message` when `condition` is false (unlike `precondition`, the message survives `-O`).
func check(_ condition: Bool, _ message: @autoclosure () -> String) {
    if !condition { fatalError(message()) }
}

/// Decoding keeps at most one scalar per byte, never lets a NUL through, and keeps valid UTF-8 as it is.
func checkDecoded(_ source: SourceText, from bytes: [UInt8]) {
    let scalars = source.text.unicodeScalars
    check(scalars.count <= bytes.count, "more scalars than bytes")
    check(!scalars.contains("\0"), "a NUL survived decoding")
    if source.encoding == .utf8 && source.notice == nil {
        check(source.text.utf8.elementsEqual(bytes), "valid UTF-8 changed by decoding")
    }
}

/// Every block and statement range lies inside the text and slices to the item's text.
func checkRanges(_ article: Article) {
    let count = article.scalars.count
    check(count == article.text.unicodeScalars.count, "scalars out of step with text")
    var previousEnd = 0
    for (index, block) in article.blocks.enumerated() {
        check(block.index == index, "block \(index) has index \(block.index)")
        check(isInside(block.range, count), "block \(index) range \(block.range) outside 0..<\(count)")
        check(article.slice(block.range) == block.text, "block \(index) text is not its slice")
        check(block.range.start >= previousEnd, "block \(index) overlaps the one before")
        previousEnd = block.range.end
    }
    for statement in article.statements {
        check(isInside(statement.range, count), "statement \(statement.id) range \(statement.range) outside 0..<\(count)")
        check(article.slice(statement.range) == statement.text, "statement \(statement.id) text is not its slice")
        check(article.blocks.indices.contains(statement.block), "statement \(statement.id) names block \(statement.block)")
        if let speaker = statement.speakerID {
            check(article.speaker(id: speaker) != nil, "statement \(statement.id) names unknown speaker \(speaker)")
        }
    }
}

private func isInside(_ range: TextRange, _ count: Int) -> Bool {
    0 <= range.start && range.start <= range.end && range.end <= count
}

/// The parts of the `extract --json` document the checks read back.
private struct DocumentShape: Decodable {
    struct Item: Decodable {
        var text: String
    }
    var blocks: [Item]
    var statements: [Item]
}

/// The compact JSON is one line, parses, and carries the article's texts unchanged.
func checkJSON(_ json: String, of article: Article) {
    check(!json.contains("\n") && !json.contains("\r"), "compact JSON spans lines")
    // JSONDecoder, not JSONSerialization: on Linux the latter drops a U+FEFF that starts a
    // string or follows an escape, which would be a false alarm here.
    guard let document = try? JSONDecoder().decode(DocumentShape.self, from: Data(json.utf8)) else {
        fatalError("JSON does not parse: \(json.prefix(300))")
    }
    check(document.blocks.map(\.text) == article.blocks.map { String($0.text) }, "JSON block texts differ")
    check(document.statements.map(\.text) == article.statements.map { String($0.text) }, "JSON statement texts differ")
}
