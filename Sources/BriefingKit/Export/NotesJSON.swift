/// Writes notes as the JSON document described in docs/notes.md (schema 1).
public enum NotesJSON {
    /// The schema version of the document; bump it on any incompatible change.
    public static let schema = 1

    /// The notes as one JSON document, indented unless `pretty` is false.
    public static func render(_ entries: [NoteExportEntry], pretty: Bool = true) -> String {
        var json = JSONWriter(pretty: pretty)
        json.beginObject()
        json.int("schema", schema)
        json.beginArray("notes")
        for entry in entries { write(entry, to: &json) }
        json.endArray()
        json.endObject()
        return json.output + "\n"
    }

    private static func write(_ entry: NoteExportEntry, to json: inout JSONWriter) {
        let note = entry.note
        json.beginObject()
        json.int("id", Int(note.id))
        json.string("target", note.target.rawValue)
        json.string("status", entry.status)
        json.beginObject("article")
        json.string("path", entry.articlePath)
        json.string("title", entry.articleTitle)
        json.string("contentHash", note.article.contentHash)
        json.endObject()
        if entry.speakerID != nil || entry.speakerName != nil {
            json.beginObject("speaker")
            json.string("id", entry.speakerID)
            json.string("name", entry.speakerName)
            json.string("role", entry.speakerRole)
            json.endObject()
        } else {
            json.string("speaker", nil)
        }
        if note.target == .statement {
            json.beginObject("statement")
            json.string("id", entry.statementID)
            json.string("kind", entry.statementKind?.rawValue)
            json.string("text", entry.statementText)
            if let range = entry.statementRange {
                json.beginObject("range")
                json.int("start", range.start)
                json.int("end", range.end)
                json.endObject()
            } else {
                json.string("range", nil)
            }
            json.endObject()
        } else {
            json.string("statement", nil)
        }
        if let anchor = note.anchor {
            json.beginObject("anchor")
            json.string("type", "TextQuoteSelector")
            json.string("exact", anchor.exact)
            json.string("prefix", anchor.prefix)
            json.string("suffix", anchor.suffix)
            json.endObject()
            json.beginObject("position")
            json.string("type", "TextPositionSelector")
            json.int("start", anchor.range.start)
            json.int("end", anchor.range.end)
            json.endObject()
        } else {
            json.string("anchor", nil)
            json.string("position", nil)
        }
        json.string("text", note.text)
        json.string("created", NoteExportEntry.timestamp(note.created))
        json.string("updated", NoteExportEntry.timestamp(note.updated))
        json.endObject()
    }
}
