/// Writes an analysed article as the `brief extract --json` document (schema 1).
public enum ArticleJSON {
    /// The schema version of the document; bump it on any incompatible change.
    public static let schema = 1

    /// The article as one JSON document, compact on one line unless `pretty`.
    public static func encode(_ article: Article, pretty: Bool = false) -> String {
        var json = JSONWriter(pretty: pretty)
        json.beginObject()
        json.int("schema", schema)
        json.string("source", article.source)
        json.string("title", article.title)
        if let notice = article.decodingNotice { json.string("notice", notice) }
        json.beginArray("blocks")
        for block in article.blocks {
            json.beginObject()
            json.int("index", block.index)
            json.string("kind", block.kind.rawValue)
            json.string("text", block.text)
            writeRange(block.range, to: &json)
            json.endObject()
        }
        json.endArray()
        json.beginArray("speakers")
        for speaker in article.speakers {
            json.beginObject()
            json.string("id", speaker.id)
            json.string("name", speaker.name)
            json.string("kind", speaker.kind.rawValue)
            json.strings("roles", speaker.roles)
            json.strings("aliases", speaker.aliases)
            json.int("statements", speaker.statementCount)
            json.endObject()
        }
        json.endArray()
        json.beginArray("statements")
        for statement in article.statements {
            json.beginObject()
            json.string("id", statement.id)
            json.string("speaker", statement.speakerID)
            json.string("kind", statement.kind.rawValue)
            json.string("cue", statement.cue)
            json.string("text", statement.text)
            json.int("block", statement.block)
            writeRange(statement.range, to: &json)
            json.endObject()
        }
        json.endArray()
        json.endObject()
        return json.output
    }

    private static func writeRange(_ range: TextRange, to json: inout JSONWriter) {
        json.beginObject("range")
        json.int("start", range.start)
        json.int("end", range.end)
        json.endObject()
    }
}
