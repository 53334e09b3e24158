@testable import BriefingKit

/// Extracts an article from inline text.
func extract(_ text: String, path: String = "test.txt") -> Article {
    Extractor().analyse(SourceText(path: path, text: text))
}

extension Article {
    /// The first statement whose text contains `fragment`.
    func statement(containing fragment: String) -> Statement? {
        statements.first { $0.text.contains(fragment) }
    }

    /// The display name of a statement's speaker, or nil.
    func speakerName(of statement: Statement?) -> String? {
        speaker(id: statement?.speakerID)?.name
    }
}
