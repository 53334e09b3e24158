/// Speaker ids: the canonical name in lower case, runs of other characters turned into one hyphen.
enum Slug {
    /// The slug of a name ("James Cleverly" → "james-cleverly").
    static func make(_ name: String) -> String {
        if let slug = name.utf8.withContiguousStorageIfAvailable(asciiSlug) ?? nil { return slug }
        return scalarSlug(name)
    }

    /// The slug of any name, scalar by scalar, letters beyond ASCII lower-cased by their Unicode mapping.
    private static func scalarSlug(_ name: String) -> String {
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

    /// The slug of an all-ASCII name, written byte by byte into the string (the same rules as `make`, whose
    /// scalar-by-scalar appends cost a few hundred instructions each); nil when the name holds other scalars.
    private static func asciiSlug(_ name: UnsafeBufferPointer<UInt8>) -> String? {
        guard !name.contains(where: { $0 >= 0x80 }) else { return nil }
        let slug = String(unsafeUninitializedCapacity: name.count) { out in
            var count = 0
            var pendingHyphen = false
            for byte in name {
                let lower = byte | 32
                if byte >= 48 && byte <= 57 || lower >= 97 && lower <= 122 {
                    if pendingHyphen, count > 0 { out[count] = UInt8(ascii: "-"); count += 1 }
                    pendingHyphen = false
                    out[count] = byte >= 65 && byte <= 90 ? lower : byte
                    count += 1
                } else if byte != UInt8(ascii: "'") {
                    pendingHyphen = true
                }
            }
            return count
        }
        return slug.isEmpty ? "speaker" : slug
    }
}
