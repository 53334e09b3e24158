import BriefingKit

/// `A`: writing a note in `$EDITOR`, which the backend runs.
extension ReaderModel {
    /// Asks the backend to open the current subject's note (or an empty one) in the editor.
    mutating func startEditorNote() -> [ReaderEffect] {
        guard noteStore != nil else {
            message = "Notes are off: no notes file is open"
            return []
        }
        guard article != nil else { return [] }
        let subject = noteSubject
        editorSubject = subject
        return [.editNote(initialText: note(on: subject)?.note.text ?? "")]
    }

    /// Saves what the editor left (one final line break dropped), or says why nothing changed when it failed (nil).
    public mutating func finishEditing(text: String?) {
        guard let subject = editorSubject else { return }
        editorSubject = nil
        guard var text else {
            message = "The editor failed: the note is unchanged"
            return
        }
        if text.hasSuffix("\n") { text.removeLast() }
        if text == (note(on: subject)?.note.text ?? "") {
            message = "Nothing changed"
            return
        }
        saveNote(text, on: subject)
    }
}
