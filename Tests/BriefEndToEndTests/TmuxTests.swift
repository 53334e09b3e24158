import Testing

/// The reader driven in tmux, one test at a time so their timing stays calm on a busy machine.
@Suite(.serialized) struct TmuxTests {}
