import BriefingKit

/// Notes in the reader: `a` adds or edits, markers and counts come from the open article's notes.
extension ReaderModel {
    /// What `a` writes a note on: the speaker under the cursor in Speakers, else the selected statement, else the article.
    var noteSubject: NoteSubject {
        switch focus {
        case .speakers:
            let rows = speakerRows
            guard !rows.isEmpty else { return .article }
            let id = rows[speakerCursorIndex(in: rows)].speaker.id
            guard showsAllBriefings else { return .speaker(id) }
            let entry = entry(ofArticle: articleIndex)
            let member = libraryState.speakers.speaker(id: id)?.members.first { $0.article == entry }
            return member.map { .speaker($0.speakerID) } ?? .article
        case .briefings:
            return .article
        case .article, .positions:
            return selectedStatement.map { .statement($0.id) } ?? .article
        }
    }

    /// The newest note of the open article on a subject, if there is one.
    func note(on subject: NoteSubject) -> ResolvedNote? {
        notes.last { resolved in
            switch subject {
            case .statement(let id): return resolved.statementID == id
            case .speaker(let id): return resolved.speakerID == id
            case .article: return resolved.placement == .article
            }
        }
    }

    /// Whether a statement of the open article has a note.
    func hasNote(statement id: String) -> Bool { notes.contains { $0.statementID == id } }

    /// Whether a speaker of the open article has a note (merged speakers of All briefings are not marked).
    func hasNote(speaker id: String) -> Bool { !showsAllBriefings && notes.contains { $0.speakerID == id } }

    /// `a`: opens the note line on the current subject, holding its note's text when it has one.
    mutating func startNote() {
        guard noteStore != nil else {
            message = "Notes are off: no notes file is open"
            return
        }
        guard article != nil else { return }
        let subject = noteSubject
        input = InputPrompt(purpose: .note(subject), line: InputLine(note(on: subject)?.note.text ?? ""))
    }

    /// Saves the typed note: adds it, replaces the existing one, or asks before deleting an emptied one.
    mutating func saveNote(_ text: String, on subject: NoteSubject) {
        guard let noteStore, let article else { return }
        let existing = note(on: subject)
        let empty = text.trimmingSpaces.isEmpty
        do {
            switch (existing, empty) {
            case (let existing?, true):
                confirmation = .deleteNote(id: existing.id)
                return
            case (nil, true):
                return
            case (let existing?, false):
                try noteStore.update(id: existing.id, text: text)
            case (nil, false):
                guard let new = newNote(on: subject, in: article, text: text) else { return }
                try noteStore.add(new)
            }
            message = "Note saved"
        } catch {
            message = String(describing: error)
        }
        reloadNotes()
    }

    /// The note to add for a subject of the article, or nil when the subject is gone.
    private func newNote(on subject: NoteSubject, in article: Article, text: String) -> NewNote? {
        switch subject {
        case .statement(let id):
            return article.statements.first { $0.id == id }.map { NewNote.statement($0, in: article, text: text) }
        case .speaker(let id):
            return article.speaker(id: id).map { NewNote.speaker($0, in: article, text: text) }
        case .article:
            return NewNote.article(article, text: text)
        }
    }

    /// Deletes a note after the reader said yes.
    mutating func deleteNote(id: Int64) {
        do {
            try noteStore?.delete(id: id)
            message = "Note deleted"
        } catch {
            message = String(describing: error)
        }
        reloadNotes()
    }

    /// Reads the open article's notes from the store again.
    mutating func reloadNotes() {
        guard let noteStore, let article else {
            notes = []
            return
        }
        do {
            notes = try noteStore.notes(forArticle: article)
            if opensSeveral { notedPaths = Set(try noteStore.allNotes().map(\.article.path)) }
        } catch {
            notes = []
            message = String(describing: error)
        }
    }
}
