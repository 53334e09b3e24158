import Foundation

/// The process's resident memory, read from `/proc/self/status` (Linux; nil elsewhere).
public struct LibraryMemory: Sendable, Equatable {
    /// Resident set size now, in bytes (VmRSS).
    public var resident: Int
    /// The highest resident set size so far, in bytes (VmHWM).
    public var peak: Int

    /// The current figures, or nil when `/proc/self/status` cannot be read.
    public static func current() -> LibraryMemory? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        var values: [String: Int] = [:]
        for line in status.split(separator: "\n") where line.hasPrefix("VmRSS:") || line.hasPrefix("VmHWM:") {
            let fields = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
            if fields.count >= 2, let kilobytes = Int(fields[1]) { values[String(fields[0].dropLast())] = kilobytes * 1024 }
        }
        guard let resident = values["VmRSS"], let peak = values["VmHWM"] else { return nil }
        return LibraryMemory(resident: resident, peak: peak)
    }
}
