/// Keys bound to an action, with the line the help shows for them.
struct KeyBinding<Action: Sendable>: Sendable {
    /// The keys that trigger the action.
    let keys: [Key]
    /// What happens.
    let action: Action
    /// What the help says it does.
    let summary: String
}

/// A table of key bindings: the one source for dispatching keys and for the help.
struct Keymap<Action: Sendable>: Sendable {
    /// The heading of the table in the help.
    let title: String
    /// The bindings, in the order the help lists them.
    let bindings: [KeyBinding<Action>]

    /// The action bound to a key, if any.
    func action(for key: Key) -> Action? {
        bindings.first { $0.keys.contains(key) }?.action
    }
}
