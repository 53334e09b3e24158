import Foundation
import BriefingKit

/// The project's seed briefing, analysed by the real extractor.
enum Seed {
    /// The seed's path relative to the package root.
    static let relativePath = "seeds/sky-sunak-macron-channel-crossings.txt"

    /// The seed article, or nil when the file is missing.
    static let article: Article? = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        guard let text = try? String(contentsOf: root.appendingPathComponent(relativePath), encoding: .utf8) else { return nil }
        return Extractor().analyse(SourceText(path: relativePath, text: text))
    }()
}
