import Foundation

/// Where extraction results are cached, or that they are not.
public enum CachePolicy: Sendable, Equatable {
    /// No cache is read or written.
    case disabled
    /// Cache files live in this folder (created when first written).
    case directory(String)

    /// The values of `BRIEF_CACHE` that turn the cache off.
    public static let offValues: Set<String> = ["off", "none", "no", "0", "false", "disabled"]

    /// The policy from the environment: `BRIEF_CACHE` (a folder, or `off`), else `$XDG_CACHE_HOME/brief`, else `~/.cache/brief`.
    public static func standard(environment: [String: String] = ProcessInfo.processInfo.environment) -> CachePolicy {
        if let override = environment["BRIEF_CACHE"], !override.isEmpty {
            return offValues.contains(override.lowercased()) ? .disabled : .directory(override)
        }
        if let xdg = environment["XDG_CACHE_HOME"], xdg.hasPrefix("/") {
            return .directory((xdg as NSString).appendingPathComponent("brief"))
        }
        if let home = environment["HOME"], !home.isEmpty {
            return .directory((home as NSString).appendingPathComponent(".cache/brief"))
        }
        return .disabled
    }
}
