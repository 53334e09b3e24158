import Glibc

/// Sleeps until the terminal has input, a signal arrives or the terminal goes away.
enum InputWait {
    /// Waits on both descriptors, at most `timeout` milliseconds (-1: no limit); true when the input side hung up or failed.
    ///
    /// A signal (SIGWINCH included) interrupts the wait, so the caller looks again.
    static func wait(input: Int32, signals: Int32, timeout: Int32 = -1) -> Bool {
        var descriptors = [
            pollfd(fd: input, events: Int16(POLLIN), revents: 0),
            pollfd(fd: signals, events: Int16(POLLIN), revents: 0),
        ]
        guard poll(&descriptors, 2, timeout) > 0 else { return false }
        return descriptors[0].revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0
    }
}
