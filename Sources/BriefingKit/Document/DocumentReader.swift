import Foundation

/// Reads article files and folders from disk.
public enum DocumentReader {
    /// The file extensions opened when a folder is given.
    public static let articleExtensions: Set<String> = ["txt", "md", "markdown"]

    /// Reads and decodes one article file.
    public static func read(path: String) throws -> SourceText {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw DocumentError.missing(path: path)
        }
        if isDirectory.boolValue { throw DocumentError.directory(path: path) }
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        if let type = attributes?[.type] as? FileAttributeType, type != .typeRegular {
            throw DocumentError.notRegularFile(path: path)
        }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            let reason = FileManager.default.isReadableFile(atPath: path) ? error.localizedDescription : "permission denied"
            throw DocumentError.unreadable(path: path, reason: reason)
        }
        return try ArticleTextDecoder.decode([UInt8](data), path: path)
    }

    /// The article files a list of paths names: files as given, folders searched recursively, sorted.
    public static func expand(paths: [String]) -> (files: [String], errors: [DocumentError]) {
        var files: [String] = []
        var errors: [DocumentError] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                errors.append(.missing(path: path))
                continue
            }
            if isDirectory.boolValue {
                files.append(contentsOf: articleFiles(inFolder: path))
            } else {
                files.append(path)
            }
        }
        return (files, errors)
    }

    /// The `.txt` and `.md` files below a folder, sorted by path.
    public static func articleFiles(inFolder folder: String) -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: folder) else { return [] }
        var found: [String] = []
        while let relative = walker.nextObject() as? String {
            let ext = (relative as NSString).pathExtension.lowercased()
            guard articleExtensions.contains(ext) else { continue }
            let full = (folder as NSString).appendingPathComponent(relative)
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue {
                found.append(full)
            }
        }
        return found.sorted()
    }
}
