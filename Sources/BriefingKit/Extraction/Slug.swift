/// Speaker ids: the canonical name in lower case, runs of other characters turned into one hyphen.
enum Slug {
    /// The slug of a name ("James Cleverly" → "james-cleverly").
    static func make(_ name: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingHyphen = false
        for scalar in name.unicodeScalars {
            if ScalarClass.isAlphanumeric(scalar) {
                if pendingHyphen, !out.isEmpty { out.append("-") }
                pendingHyphen = false
                if scalar.isASCII {
                    out.append(Unicode.Scalar(UInt8(scalar.value) | (scalar.value >= 65 && scalar.value <= 90 ? 32 : 0)))
                } else {
                    out.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
                }
            } else if !ScalarClass.isApostrophe(scalar) {
                pendingHyphen = true
            }
        }
        return out.isEmpty ? "speaker" : String(out)
    }
}
