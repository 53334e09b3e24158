import Foundation
import Testing
@testable import BriefingKit

/// A fresh folder under the system temporary directory, removed when the value goes away.
final class TemporaryFolder {
    /// The folder's path, without a trailing slash.
    let path: String

    /// Creates the folder.
    init() throws {
        path = NSTemporaryDirectory() + "brief-robust-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: path)
        try? FileManager.default.removeItem(atPath: path)
    }

    /// Writes `bytes` to `name` inside the folder (creating subfolders) and returns the file's path.
    @discardableResult
    func write(_ name: String, _ bytes: [UInt8]) throws -> String {
        let file = path + "/" + name
        try FileManager.default.createDirectory(atPath: (file as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(bytes).write(to: URL(fileURLWithPath: file))
        return file
    }

    /// Writes `text` as UTF-8 to `name` inside the folder and returns the file's path.
    @discardableResult
    func write(_ name: String, text: String) throws -> String {
        try write(name, Array(text.utf8))
    }
}

/// Records an issue for every block or statement whose range leaves the text or does not slice to its text.
func expectRangesHold(_ article: Article, sourceLocation: SourceLocation = #_sourceLocation) {
    let count = article.scalars.count
    #expect(count == article.text.unicodeScalars.count, sourceLocation: sourceLocation)
    for block in article.blocks {
        #expect(0 <= block.range.start && block.range.start <= block.range.end && block.range.end <= count,
                "block \(block.index) range \(block.range) outside 0..<\(count)", sourceLocation: sourceLocation)
        #expect(article.slice(block.range) == block.text, "block \(block.index) text differs from its slice", sourceLocation: sourceLocation)
    }
    for statement in article.statements {
        #expect(0 <= statement.range.start && statement.range.start <= statement.range.end && statement.range.end <= count,
                "statement \(statement.id) range \(statement.range) outside 0..<\(count)", sourceLocation: sourceLocation)
        #expect(article.slice(statement.range) == statement.text, "statement \(statement.id) text differs from its slice", sourceLocation: sourceLocation)
        #expect(article.blocks.indices.contains(statement.block), "statement \(statement.id) names block \(statement.block)", sourceLocation: sourceLocation)
        if let speaker = statement.speakerID {
            #expect(article.speaker(id: speaker) != nil, "statement \(statement.id) names unknown speaker \(speaker)", sourceLocation: sourceLocation)
        }
    }
}
