/// Something the notes overlay does with a key.
enum NotesListAction: Hashable, Sendable {
    /// Moves the cursor.
    case move(Movement)
    /// Goes to what the note under the cursor is on.
    case open
    /// Closes the overlay.
    case close
}
