import Glibc

/// The write end of the self-pipe, set once before any handler can run.
nonisolated(unsafe) private var signalPipeWriteEnd: Int32 = -1

/// Non-zero while a child program (an editor) owns the terminal: its Ctrl-C is not ours.
nonisolated(unsafe) private var interruptsBelongToChild: Int32 = 0

/// The handler for terminating signals: it only writes the signal's number into the pipe.
private func forwardSignal(_ number: Int32) {
    if number == SIGINT, interruptsBelongToChild != 0 { return }
    let savedErrno = errno
    var byte = UInt8(truncatingIfNeeded: number)
    _ = write(signalPipeWriteEnd, &byte, 1)
    errno = savedErrno
}

/// Turns SIGINT, SIGTERM and SIGHUP into bytes on a pipe the run loop polls (the self-pipe trick).
///
/// Installed before curses starts, so ncurses leaves these signals to us.
struct SignalWatcher {
    /// The signals that end the reader after the terminal is restored.
    static let watched: [Int32] = [SIGINT, SIGTERM, SIGHUP]

    /// The end of the pipe the run loop polls.
    let readEnd: Int32
    /// The actions in place before ours, put back by `restore()`.
    private var previous: [Int32: SignalAction] = [:]

    /// Creates the pipe and installs the handlers.
    init() {
        var ends: [Int32] = [-1, -1]
        guard pipe(&ends) == 0 else { fatalError("brief: cannot create a pipe: errno \(errno)") }
        for end in ends {
            _ = fcntl(end, F_SETFD, FD_CLOEXEC)
            _ = fcntl(end, F_SETFL, O_NONBLOCK)
        }
        readEnd = ends[0]
        signalPipeWriteEnd = ends[1]
        var action = SignalAction.running(forwardSignal)
        for number in Self.watched {
            var old = SignalAction()
            sigaction(number, &action, &old)
            previous[number] = old
        }
    }

    /// Puts back the actions that were in place before and closes the pipe, once the reader is done.
    func restore() {
        for (number, action) in previous {
            var action = action
            sigaction(number, &action, nil)
        }
        close(signalPipeWriteEnd)
        close(readEnd)
    }

    /// Runs `body` (a child program in the foreground) with SIGINT from the terminal left to the child.
    ///
    /// Ctrl-C reaches the whole foreground process group; without this, an interrupt typed in
    /// the editor would also end the reader once the editor returns.
    static func leavingInterruptsToChild<Result>(_ body: () -> Result) -> Result {
        interruptsBelongToChild = 1
        defer { interruptsBelongToChild = 0 }
        return body()
    }

    /// The signal that arrived, if any, without waiting.
    func pendingSignal() -> Int32? {
        var byte: UInt8 = 0
        return read(readEnd, &byte, 1) == 1 ? Int32(byte) : nil
    }

    /// Ends the process the way the signal would have, now that the terminal is restored.
    func terminate(by number: Int32) -> Never {
        signal(number, SIG_DFL)
        raise(number)
        exit(128 + number)
    }
}
