/// Keeping a list's cursor on screen.
enum ListScrolling {
    /// The first visible row so that row `cursor` of `count` shows in `height` rows, moving `offset` as little as possible.
    static func offset(_ offset: Int, keeping cursor: Int?, count: Int, height: Int) -> Int {
        guard height > 0, count > height else { return 0 }
        var offset = min(max(0, offset), count - height)
        if let cursor {
            if cursor < offset { offset = cursor }
            if cursor >= offset + height { offset = cursor - height + 1 }
        }
        return offset
    }
}
