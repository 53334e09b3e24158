import Testing
@testable import BriefingUI

@Suite struct KeymapTests {
    @Test func everyDesignKeyIsBound() {
        let keys: [Key] = [
            .character("q"), .character("?"), .tab, .backTab, .character("1"), .character("2"), .character("3"), .character("4"),
            .character("j"), .character("k"), .down, .up, .character("g"), .character("G"), .home, .end,
            .character(" "), .character("b"), .pageDown, .pageUp, .control("d"), .control("u"), .enter,
            .character("]"), .character("["), .character("/"), .character("n"), .character("N"),
            .character("f"), .character("t"), .character("a"), .character("e"), .character("l"), .escape,
        ]
        for key in keys { #expect(Keymaps.reader.action(for: key) != nil, "\(key.label) is not bound") }
    }

    @Test func noKeyIsBoundTwiceInATable() {
        for keys in [Keymaps.reader.bindings.flatMap(\.keys), Keymaps.input.bindings.flatMap(\.keys),
                     Keymaps.help.bindings.flatMap(\.keys), Keymaps.notesList.bindings.flatMap(\.keys),
                     Keymaps.confirm.bindings.flatMap(\.keys)] {
            #expect(Set(keys).count == keys.count)
        }
    }

    @Test func helpListsEveryBindingOfEveryTable() {
        let helpBindings = HelpOverlay.lines.compactMap { line -> String? in
            if case .binding(let keys, let summary) = line { return keys + " " + summary }
            return nil
        }
        let tableBindings = (Keymaps.reader.bindings.map { ($0.keys, $0.summary) }
            + Keymaps.input.bindings.map { ($0.keys, $0.summary) }
            + Keymaps.help.bindings.map { ($0.keys, $0.summary) }
            + Keymaps.notesList.bindings.map { ($0.keys, $0.summary) }
            + Keymaps.confirm.bindings.map { ($0.keys, $0.summary) })
            .map { $0.0.map(\.label).joined(separator: " ") + " " + $0.1 }
        #expect(helpBindings == tableBindings)
    }
}
