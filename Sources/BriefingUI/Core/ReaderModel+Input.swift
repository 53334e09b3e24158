/// Keys while the input line is open.
extension ReaderModel {
    /// Edits the open input line; the filter or search follows every key.
    mutating func type(_ key: Key, into prompt: InputPrompt) {
        var prompt = prompt
        if let edit = Keymaps.input.action(for: key) {
            switch edit {
            case .accept:
                input = nil
                accept(prompt)
                return
            case .cancel:
                input = nil
                apply("", for: prompt.purpose)
                if prompt.purpose == .search { scrollOffsets[.article] = prompt.startScroll }
                return
            default:
                prompt.line.apply(edit)
            }
        } else if case .character(let character) = key {
            prompt.line.insert(character)
        } else {
            return
        }
        input = prompt
        apply(prompt.line.text, for: prompt.purpose)
    }

    /// Puts typed text into effect as the search or the filter; notes and exports wait for Enter.
    private mutating func apply(_ text: String, for purpose: InputPurpose) {
        switch purpose {
        case .search:
            searchChanged(to: text)
        case .filter:
            filterQuery = text
            listsChanged()
        case .note, .exportPath:
            break
        }
    }

    /// Enter on the input line: keeps the search or filter, saves the note, writes the export.
    private mutating func accept(_ prompt: InputPrompt) {
        switch prompt.purpose {
        case .search:
            if searchQuery.trimmingSpaces.isEmpty { searchChanged(to: "") }
        case .filter:
            break
        case .note(let subject):
            saveNote(prompt.line.text, on: subject)
        case .exportPath:
            export(to: prompt.line.text)
        }
    }
}
