/// A block's tokens as they are made: the latest ones in a small fixed buffer, moved to the token array a batch at a
/// time, so making a token costs a store rather than an `Array.append` (a uniqueness and capacity check each).
struct TokenBatch {
    /// The most tokens held before they are moved to the array (32 tokens fit in 1 KB, a stack allocation).
    static let capacity = 32

    /// Room for the latest tokens; the first `count` are initialised.
    private let buffer: UnsafeMutablePointer<Token>
    /// The number of tokens in the buffer.
    private var count = 0
    /// The tokens moved out of the buffer so far.
    private(set) var tokens: [Token]

    /// A batch writing after the tokens of `tokens`, into `buffer` (room for `TokenBatch.capacity` tokens).
    init(appendingTo tokens: [Token], buffer: UnsafeMutablePointer<Token>) {
        self.tokens = tokens
        self.buffer = buffer
    }

    /// The latest token, if any.
    var last: Token? { count > 0 ? buffer[count - 1] : tokens.last }

    /// Adds a token.
    @inline(__always)
    mutating func append(_ token: Token) {
        if count == TokenBatch.capacity { flush() }
        (buffer + count).initialize(to: token)
        count += 1
    }

    /// Moves the buffered tokens to the array; the array then holds every token made.
    mutating func flush() {
        tokens.append(contentsOf: UnsafeBufferPointer(start: buffer, count: count))
        count = 0
    }
}
