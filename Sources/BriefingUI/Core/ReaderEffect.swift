/// What the backend must do after the model handled a key.
public enum ReaderEffect: Hashable, Sendable {
    /// Leave the reader and restore the terminal.
    case quit
}
