import BriefingUI
import Glibc

/// The reader's loop: draw, wait for input or a signal, hand keys to the model.
struct ReaderLoop {
    /// The reader's state.
    var model: ReaderModel
    /// The started curses screen.
    let screen: CursesScreen
    /// Draws the model's grids.
    var presenter: GridPresenter
    /// Hands the model what arrived in the background (a library loading); polled every 50 ms while the model is loading.
    let refresh: ((inout ReaderModel) -> Void)?
    /// The environment, for `$EDITOR`.
    let environment: [String: String]

    /// Runs until the reader quits or the terminal goes away; returns the signal that ended it, if one did.
    ///
    /// All keys that arrived together are handled before the next draw, so a burst of
    /// resizes or a pasted text costs one redraw.
    mutating func run(signals: SignalWatcher) -> Int32? {
        let start = screen.size
        if handle(.resize(columns: start.columns, rows: start.rows)) { return nil }
        while true {
            refresh?(&model)
            let size = screen.size
            presenter.present(model.view(columns: size.columns, rows: size.rows))
            let timeout: Int32 = refresh != nil && model.isLoading ? 50 : -1
            let hangup = InputWait.wait(input: STDIN_FILENO, signals: signals.readEnd, timeout: timeout)
            if let signal = signals.pendingSignal() { return signal }
            for key in screen.pendingKeys() where handle(key) { return nil }
            if hangup { return nil }
        }
    }

    /// Hands a key to the model; true when the reader should quit (Ctrl-C always quits).
    private mutating func handle(_ key: Key) -> Bool {
        if key == .control("c") { return true }
        if case .resize = key { presenter.invalidate() }
        for effect in model.update(key) {
            switch effect {
            case .quit: return true
            case .editNote(let text):
                let edited = SignalWatcher.leavingInterruptsToChild { ExternalEditor.edit(text, environment: environment) }
                presenter.invalidate()
                let size = screen.size
                _ = model.update(.resize(columns: size.columns, rows: size.rows))
                model.finishEditing(text: edited)
            }
        }
        return false
    }
}
