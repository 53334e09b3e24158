import Glibc

/// Sleeps until the terminal has input, a signal arrives or the terminal goes away.
enum InputWait {
    /// Waits on both descriptors; true when the input side hung up or failed.
    ///
    /// A signal (SIGWINCH included) interrupts the wait, so the caller looks again.
    static func wait(input: Int32, signals: Int32) -> Bool {
        var descriptors = [
            pollfd(fd: input, events: Int16(POLLIN), revents: 0),
            pollfd(fd: signals, events: Int16(POLLIN), revents: 0),
        ]
        guard poll(&descriptors, 2, -1) > 0 else { return false }
        return descriptors[0].revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0
    }
}
