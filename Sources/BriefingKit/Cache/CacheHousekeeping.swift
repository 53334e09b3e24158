import Foundation

/// Keeps a cache folder from growing without end: a library's cache file unused for `maximumAge` is removed.
///
/// A file's modification time is its last use: written after a load that analysed anything, touched after one
/// that found everything in it.
enum CacheHousekeeping {
    /// How long a library's cache file is kept without being used: 60 days.
    static let maximumAge: TimeInterval = 60 * 24 * 3600

    /// Marks a cache file as used now.
    static func touch(_ file: String) {
        _ = utimensat(AT_FDCWD, file, nil, 0)
    }

    /// Removes the library cache files (and stray temporary files) in `folder` unused for longer than `maximumAge`,
    /// never `keeping`; returns how many were removed.
    @discardableResult
    static func prune(folder: String, keeping: String, now: Date = Date()) -> Int {
        let manager = FileManager.default
        guard let names = try? manager.contentsOfDirectory(atPath: folder) else { return 0 }
        var removed = 0
        for name in names where name.hasPrefix("library-") && name.contains(".bin") {
            let path = (folder as NSString).appendingPathComponent(name)
            guard path != keeping, let modified = (try? manager.attributesOfItem(atPath: path))?[.modificationDate] as? Date,
                  now.timeIntervalSince(modified) > maximumAge else { continue }
            if (try? manager.removeItem(atPath: path)) != nil { removed += 1 }
        }
        return removed
    }
}
