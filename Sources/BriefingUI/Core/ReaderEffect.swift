/// What the backend must do after the model handled a key.
public enum ReaderEffect: Hashable, Sendable {
    /// Leave the reader and restore the terminal.
    case quit
    /// Suspend the screen, let the user edit `initialText` in `$EDITOR`, then hand the result to `ReaderModel.finishEditing(text:)`.
    case editNote(initialText: String)
}
