/// The exit statuses `brief` uses besides 0.
enum ExitStatus {
    /// Some input could not be read; the rest was processed.
    static let inputFailed: Int32 = 1
    /// The command line was wrong, or the reader has no terminal to run in.
    static let badUsage: Int32 = 2
}
