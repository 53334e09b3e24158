import Foundation
import Testing
@testable import BriefingUI

/// docs/keys.md lists exactly the bindings of the keymaps, in their order.
@Suite struct KeysDocumentTests {
    /// The table rows of docs/keys.md, in order.
    private static let documentedRows: [String] = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let text = (try? String(contentsOf: root.appendingPathComponent("docs/keys.md"), encoding: .utf8)) ?? ""
        return text.split(separator: "\n").map(String.init).filter { $0.hasPrefix("| `") }
    }()

    /// A binding as a row of the table.
    private static func row<Action>(_ binding: KeyBinding<Action>) -> String {
        "| " + binding.keys.map { "`\($0.label)`" }.joined(separator: " ") + " | " + binding.summary + " |"
    }

    @Test func keysPageListsEveryBindingInOrder() {
        let expected = Keymaps.reader.bindings.map(Self.row) + Keymaps.input.bindings.map(Self.row)
            + Keymaps.help.bindings.map(Self.row) + Keymaps.notesList.bindings.map(Self.row)
            + Keymaps.confirm.bindings.map(Self.row)
        #expect(Self.documentedRows == expected)
    }
}
