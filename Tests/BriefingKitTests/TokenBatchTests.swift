import Testing
@testable import BriefingKit

/// `TokenBatch` hands back every token appended, in order, after the array's own, across several batches.
@Suite struct TokenBatchTests {
    @Test func batchesKeepEveryTokenInOrder() {
        let first = Token(start: 0, end: 1, key: 7, kind: .punctuation, isCapitalised: false, isAllCaps: false)
        let tokens = withUnsafeTemporaryAllocation(of: Token.self, capacity: TokenBatch.capacity) { buffer in
            var batch = TokenBatch(appendingTo: [first], buffer: buffer.baseAddress!)
            #expect(batch.last?.key == 7)
            for index in 1...100 {
                batch.append(Token(start: index, end: index + 1, key: UInt64(index), kind: .word, isCapitalised: false, isAllCaps: false))
                #expect(batch.last?.start == index)
            }
            batch.flush()
            return batch.tokens
        }
        #expect(tokens.map(\.start) == Array(0...100))
    }
}
