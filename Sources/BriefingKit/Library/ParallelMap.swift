import Dispatch

/// Maps a range of indices on every core, keeping results in index order.
enum ParallelMap {
    /// The results of `transform` for each index of `range`, computed concurrently, in index order.
    static func map<Result: Sendable>(_ range: Range<Int>, _ transform: @Sendable (Int) -> Result) -> [Result] {
        let slots = Slots<Result>(count: range.count)
        DispatchQueue.concurrentPerform(iterations: range.count) { offset in
            slots.set(offset, transform(range.lowerBound + offset))
        }
        return slots.values()
    }
}

/// Write-once result slots that concurrent iterations fill, each its own index.
private final class Slots<Value>: @unchecked Sendable {
    private let buffer: UnsafeMutableBufferPointer<Value?>

    init(count: Int) {
        buffer = .allocate(capacity: count)
        buffer.initialize(repeating: nil)
    }

    deinit {
        buffer.deinitialize()
        buffer.deallocate()
    }

    /// Stores a result; each index is written by exactly one iteration, so no two writes touch the same slot.
    func set(_ index: Int, _ value: Value) {
        buffer[index] = value
    }

    /// The stored results, once every iteration has finished.
    func values() -> [Value] {
        buffer.map { $0! }
    }
}
