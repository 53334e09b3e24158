import BriefingKit

/// Times the reader answering keystrokes on a loaded library: a scripted session of moving, filtering, searching and jumping.
public enum KeystrokeBenchmark {
    /// Plays the session `rounds` times on a reader over the library at the given size, timing each key's update and frame.
    public static func run(library: Library, columns: Int = 120, rows: Int = 40, rounds: Int = 3) -> KeystrokeTimings {
        var model = ReaderModel(library: library, colorsEnabled: true, columns: columns, rows: rows)
        _ = model.view(columns: columns, rows: rows)
        var timings = KeystrokeTimings()
        for _ in 0..<max(1, rounds) {
            for (index, key) in session.enumerated() {
                timings.time("\(key.label) (key \(index + 1) of the session)") {
                    _ = model.update(key)
                    _ = model.view(columns: columns, rows: rows)
                }
            }
        }
        return timings
    }

    /// A reading session on a library in All briefings: speakers, their positions, `]`/`[`, filters typed and cleared, kinds, briefings, search.
    static let session: [Key] = {
        var keys: [Key] = []
        func press(_ key: Key, times: Int = 1) { keys += Array(repeating: key, count: times) }
        func type(_ text: String) { keys += text.map { Key.character($0) } }
        type("2"); press(.character("j"), times: 12); press(.enter)
        type("3"); press(.character("j"), times: 8); press(.character("]"), times: 10); press(.character("["), times: 4)
        press(.escape); press(.escape)
        type("2f"); type("minister"); press(.backspace, times: 4); press(.enter); press(.character("j"), times: 4); press(.escape)
        type("f"); type("a"); press(.escape); press(.escape)
        press(.character("t"), times: 5)
        type("4"); press(.character("j"), times: 12); type("f"); type("police"); press(.enter); press(.escape)
        press(.character("G")); press(.character("g")); press(.character("j")); press(.enter)
        type("1"); press(.character(" "), times: 4); type("/said"); press(.enter); press(.character("n"), times: 4); press(.escape)
        type("4"); press(.character("g")); press(.enter)
        return keys
    }()
}
