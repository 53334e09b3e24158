import Foundation
import BriefingKit

/// A notes database in a fresh temporary folder, for one test.
struct TemporaryNotes {
    /// The folder holding the database (and any export a test writes).
    let folder: URL
    /// The store.
    let store: NoteStore

    /// Creates the folder and opens a new store in it.
    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("brief-ui-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        store = try NoteStore(path: folder.appendingPathComponent("notes.sqlite").path)
    }

    /// Removes the folder.
    func remove() {
        try? FileManager.default.removeItem(at: folder)
    }
}
