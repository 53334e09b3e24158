/// Writes notes as CSV per RFC 4180: a header, one row per note, CRLF line ends.
public enum NotesCSV {
    /// The columns, in order.
    public static let header = [
        "article", "speaker", "role", "kind", "statement", "note", "created", "updated", "id", "target", "status",
    ]

    /// The notes as CSV text.
    public static func render(_ entries: [NoteExportEntry]) -> String {
        var output = row(header)
        for entry in entries {
            output += row([
                entry.articlePath, entry.speakerName ?? "", entry.speakerRole ?? "",
                entry.statementKind?.rawValue ?? "", entry.statementText ?? "", entry.note.text,
                NoteExportEntry.timestamp(entry.note.created), NoteExportEntry.timestamp(entry.note.updated),
                String(entry.note.id), entry.note.target.rawValue, entry.status,
            ])
        }
        return output
    }

    /// One record: fields joined by commas, ended by CRLF.
    static func row(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\r\n"
    }

    /// A field, quoted (with inner quotes doubled) when it holds a comma, quote, CR or LF.
    static func field(_ value: String) -> String {
        let needsQuotes = value.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" }
        guard needsQuotes else { return value }
        var quoted = String.UnicodeScalarView()
        quoted.append("\"")
        for scalar in value.unicodeScalars {
            quoted.append(scalar)
            if scalar == "\"" { quoted.append("\"") }
        }
        quoted.append("\"")
        return String(quoted)
    }
}
