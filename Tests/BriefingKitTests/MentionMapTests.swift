import Testing
@testable import BriefingKit

@Suite("Mention map")
struct MentionMapTests {
    @Test func holdsEntitiesByToken() {
        var map = MentionMap(count: 3)
        map[1] = 7
        #expect(map[0] == nil)
        #expect(map[1] == 7)
        #expect(map[3] == nil)
        map[3] = 2
        #expect(map[3] == nil)
    }

    @Test func resetForgetsEveryMentionAndSizesTheMap() {
        var map = MentionMap(count: 4)
        map[0] = 0
        map[3] = 5
        map.reset(count: 2)
        #expect(map[0] == nil)
        #expect(map[1] == nil)
        map[3] = 1
        #expect(map[3] == nil)
        map.reset(count: 6)
        #expect((0..<6).allSatisfy { map[$0] == nil })
        map[5] = 4
        #expect(map[5] == 4)
        map[5] = nil
        #expect(map[5] == nil)
    }
}
