import Testing
@testable import BriefingKit

/// Word keys numbered in the order they are added, through the table's growth, a key of 0 included; entity lists
/// filed under keys keep their order.
@Suite struct WordKeyIndexTests {
    @Test func keysKeepTheirNumbersAsTheTableGrows() {
        var index = WordKeyIndex()
        let keys: [WordKey] = [0, 1, 16, 32, WordKey.max] + (0..<500).map { WordKey($0) &* 0x9E37_79B9_7F4A_7C15 &+ 7 }
        for (number, key) in keys.enumerated() { #expect(index.insert(key) == number) }
        #expect(index.count == keys.count)
        for (number, key) in keys.enumerated() {
            #expect(index.number(of: key) == number)
            #expect(index.insert(key) == number)
        }
        #expect(index.count == keys.count)
        #expect(!index.contains(2))
        #expect(index.number(of: 3) == nil)
    }

    @Test func entitiesAreListedUnderTheirKeyInFilingOrder() {
        var lists = EntitiesByKey()
        #expect(lists[5].isEmpty)
        lists.append(3, to: 5)
        lists.append(1, to: 0)
        lists.append(2, to: 5)
        #expect(lists[5] == [3, 2])
        #expect(lists[0] == [1])
        #expect(lists[6].isEmpty)
    }
}
