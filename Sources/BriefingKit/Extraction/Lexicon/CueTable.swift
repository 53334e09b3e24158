/// The cue lexicon parsed (`CueLexicon.table`): each form's entry, found by its key, and the particles of all
/// entries. A class, so each block's phrase parser holds the one shared table and the cue test reads it from there
/// rather than through a lazy global (a `swift_once` call at every cue word).
final class CueTable: Sendable {
    /// The entry of each form, in source order.
    private let list: [CueEntry]
    /// The index in `list` of each form's entry, by the form's key (a later line wins for a form listed twice).
    private let table: KeyTable
    /// The key of every cue form, in source order.
    let forms: [WordKey]
    /// The joining and excluded particles of all entries, which each entry's ranges index.
    private let particles: [WordKey]

    /// A table of these entries, keys and particles.
    init(list: [CueEntry], table: KeyTable, forms: [WordKey], particles: [WordKey]) {
        (self.list, self.table, self.forms, self.particles) = (list, table, forms, particles)
    }

    /// The cue entry of a word, if it is a cue form.
    @inline(__always)
    func entry(_ key: WordKey) -> CueEntry? {
        guard let index = table.value(key) else { return nil }
        return list[Int(index)]
    }

    /// Whether `key` is one of the particles that may follow and join the cue of `entry` (most cues have none, and
    /// are turned away without a look at the particles).
    @inline(__always)
    func joins(_ entry: CueEntry, _ key: WordKey) -> Bool {
        !entry.optionalParticles.isEmpty && particles[entry.optionalParticles].contains(key)
    }

    /// Whether `key` is a particle that makes another verb of the cue of `entry` (`called off`, `snapped up`).
    @inline(__always)
    func excludes(_ entry: CueEntry, _ key: WordKey) -> Bool {
        !entry.excludedParticles.isEmpty && particles[entry.excludedParticles].contains(key)
    }
}
