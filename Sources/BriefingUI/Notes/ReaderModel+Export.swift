import Foundation
import BriefingKit

/// `e`: exporting the notes of the open briefings to a file.
extension ReaderModel {
    /// The file an export suggests: `brief-notes-YYYY-MM-DD.md` in the current folder.
    static func defaultExportPath(on date: Date = Date()) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyy-MM-dd"
        return "brief-notes-\(formatter.string(from: date)).md"
    }

    /// Opens the export line with the suggested path.
    mutating func startExport() {
        guard noteStore != nil else {
            message = "Notes are off: no notes file is open"
            return
        }
        input = InputPrompt(purpose: .exportPath, line: InputLine(Self.defaultExportPath()))
    }

    /// Exports to the typed path in the format its extension names, asking before replacing a file.
    mutating func export(to typedPath: String) {
        let path = String(typedPath.trimmingSpaces)
        guard !path.isEmpty else { return }
        let fileExtension = URL(fileURLWithPath: path).pathExtension.lowercased()
        guard let format = NotesExportFormat(rawValue: fileExtension == "markdown" ? "md" : fileExtension) else {
            message = "\(path): name the file .md, .json or .csv to choose the format"
            return
        }
        if FileManager.default.fileExists(atPath: path) {
            confirmation = .overwrite(path: path, format: format)
        } else {
            writeExport(to: path, format: format)
        }
    }

    /// Writes the export file and says where it went.
    mutating func writeExport(to path: String, format: NotesExportFormat) {
        guard let noteStore else { return }
        do {
            let entries = try NotesGathering.entries(store: noteStore, articles: briefing.articles)
            try NotesFileWriter.write(format.render(entries), to: path)
            message = "\(entries.count) note\(entries.count == 1 ? "" : "s") written to \(path)"
        } catch {
            message = String(describing: error)
        }
    }

    /// Carries out or drops what a confirmation asked about.
    mutating func answer(_ answer: ConfirmationAnswer, to question: Confirmation) {
        confirmation = nil
        guard answer == .yes else {
            message = "Nothing changed"
            return
        }
        switch question {
        case .deleteNote(let id): deleteNote(id: id)
        case .overwrite(let path, let format): writeExport(to: path, format: format)
        }
    }
}
