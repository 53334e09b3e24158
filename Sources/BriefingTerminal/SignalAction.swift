import Glibc

/// The C `struct sigaction`, named apart from the `sigaction` function.
typealias SignalAction = sigaction

extension SignalAction {
    /// An action that runs `handler` with the given flags and nothing else blocked.
    static func running(_ handler: @escaping @convention(c) (Int32) -> Void, flags: Int32 = 0) -> SignalAction {
        var action = SignalAction()
        action.__sigaction_handler.sa_handler = handler
        sigemptyset(&action.sa_mask)
        action.sa_flags = flags
        return action
    }
}
