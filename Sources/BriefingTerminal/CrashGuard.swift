import CNCursesW
import Glibc

/// The handlers that were in place before ours (Swift's backtracer), indexed by signal number (standard signals are below 32).
nonisolated(unsafe) private let previousCrashActions = UnsafeMutablePointer<SignalAction>.allocate(capacity: 32)

/// The crash handler: give the terminal back, then let the previous handler report the crash.
private func restoreThenCrash(_ number: Int32) {
    endwin()
    sigaction(number, previousCrashActions + Int(number), nil)
    raise(number)
}

/// Gives the terminal back if the process crashes or exits while curses is active.
enum CrashGuard {
    /// The signals a crash raises.
    static let crashSignals: [Int32] = [SIGILL, SIGTRAP, SIGSEGV, SIGBUS, SIGABRT, SIGFPE]

    /// Installs the crash handlers in front of the existing ones, and an `atexit` restore.
    static func install() {
        var action = SignalAction.running(restoreThenCrash, flags: Int32(SA_ONSTACK))
        for number in crashSignals {
            sigaction(number, &action, previousCrashActions + Int(number))
        }
        atexit {
            if !isendwin() { endwin() }
        }
    }
}
