import Foundation

/// A note as stored: what was added (`NewNote`: its target, anchor, snapshot and text), its number and its times.
///
/// The added fields read straight through: `note.text`, `note.anchor`, `note.speakerName`.
@dynamicMemberLookup
public struct Note: Sendable, Hashable, Identifiable {
    /// The note's number; never reused after a delete.
    public var id: Int64
    /// What the note is on and says, as it was added (the text as last edited).
    public var content: NewNote
    /// When the note was added.
    public var created: Date
    /// When the note's text last changed.
    public var updated: Date

    /// Creates a note from stored values.
    public init(id: Int64, content: NewNote, created: Date, updated: Date) {
        self.id = id
        self.content = content
        self.created = created
        self.updated = updated
    }

    /// A field of the note's content.
    public subscript<Value>(dynamicMember field: WritableKeyPath<NewNote, Value>) -> Value {
        get { content[keyPath: field] }
        set { content[keyPath: field] = newValue }
    }
}
