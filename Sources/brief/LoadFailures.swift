import BriefingKit

/// The files that failed to open while the reader loaded a library, to report once it closes.
final class LoadFailures {
    /// The errors, in the order the files were loaded.
    private(set) var errors: [DocumentError] = []

    /// Notes the failed entries of some loader updates.
    func note(_ updates: [LibraryUpdate]) {
        for update in updates {
            for case .failed(let error) in update.entries { errors.append(error) }
        }
    }
}
