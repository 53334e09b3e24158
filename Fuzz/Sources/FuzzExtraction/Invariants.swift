import BriefingKit
import Foundation

/// Decoding keeps at most one scalar per byte, never lets a NUL through, and keeps valid UTF-8 as it is.
func checkDecoded(_ source: SourceText, from bytes: [UInt8]) {
    let scalars = source.text.unicodeScalars
    precondition(scalars.count <= bytes.count, "more scalars than bytes")
    precondition(!scalars.contains("\0"), "a NUL survived decoding")
    if source.encoding == .utf8 && source.notice == nil {
        precondition(source.text.utf8.elementsEqual(bytes), "valid UTF-8 changed by decoding")
    }
}

/// Every block and statement range lies inside the text and slices to the item's text.
func checkRanges(_ article: Article) {
    let count = article.scalars.count
    precondition(count == article.text.unicodeScalars.count, "scalars out of step with text")
    var previousEnd = 0
    for (index, block) in article.blocks.enumerated() {
        precondition(block.index == index, "block \(index) has index \(block.index)")
        precondition(checkRange(block.range, count), "block \(index) range \(block.range) outside 0..<\(count)")
        precondition(article.slice(block.range) == block.text, "block \(index) text is not its slice")
        precondition(block.range.start >= previousEnd, "block \(index) overlaps the one before")
        previousEnd = block.range.end
    }
    for statement in article.statements {
        precondition(checkRange(statement.range, count), "statement \(statement.id) range \(statement.range) outside 0..<\(count)")
        precondition(article.slice(statement.range) == statement.text, "statement \(statement.id) text is not its slice")
        precondition(article.blocks.indices.contains(statement.block), "statement \(statement.id) names block \(statement.block)")
        if let speaker = statement.speakerID {
            precondition(article.speaker(id: speaker) != nil, "statement \(statement.id) names unknown speaker \(speaker)")
        }
    }
}

private func checkRange(_ range: TextRange, _ count: Int) -> Bool {
    0 <= range.start && range.start <= range.end && range.end <= count
}

/// The compact JSON is one line, parses, and carries the article's texts unchanged.
func checkJSON(_ json: String, of article: Article) {
    precondition(!json.contains("\n") && !json.contains("\r"), "compact JSON spans lines")
    guard let object = try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any],
          let blocks = object["blocks"] as? [[String: Any]],
          let statements = object["statements"] as? [[String: Any]] else {
        preconditionFailure("JSON does not parse: \(json.prefix(200))")
    }
    precondition(blocks.count == article.blocks.count, "JSON block count differs")
    precondition(statements.count == article.statements.count, "JSON statement count differs")
    for (parsed, block) in zip(blocks, article.blocks) {
        precondition(parsed["text"] as? String == block.text, "JSON block \(block.index) text differs")
    }
    for (parsed, statement) in zip(statements, article.statements) {
        precondition(parsed["text"] as? String == statement.text, "JSON statement \(statement.id) text differs")
    }
}
