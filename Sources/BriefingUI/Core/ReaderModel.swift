import BriefingKit

/// What the backend must do after the model handled a key.
public enum ReaderEffect: Hashable, Sendable {
    /// Leave the reader and restore the terminal.
    case quit
}

/// The whole reader's state; `update` handles keys, `view` draws it.
public struct ReaderModel: Sendable {
    /// The articles being read.
    public private(set) var briefing: Briefing

    /// Creates the reader for a briefing.
    public init(briefing: Briefing) {
        self.briefing = briefing
    }

    /// Handles one key and says what the backend must do.
    public mutating func update(_ key: Key) -> [ReaderEffect] {
        key == .character("q") ? [.quit] : []
    }

    /// Draws the reader into a grid of the given size.
    public func view(columns: Int, rows: Int) -> Grid {
        Grid(columns: columns, rows: rows)
    }
}
