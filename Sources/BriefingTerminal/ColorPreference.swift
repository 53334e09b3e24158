/// Whether the user wants colour, per the `NO_COLOR` convention (no-color.org).
public enum ColorPreference {
    /// False when `NO_COLOR` is set to a non-empty value; bold, reverse and the other attributes stay either way.
    public static func colorsWanted(environment: [String: String]) -> Bool {
        (environment["NO_COLOR"] ?? "").isEmpty
    }
}
