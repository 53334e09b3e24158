import Glibc

/// Starts and waits for child processes with `posix_spawn`.
enum Spawn {
    /// Why a process could not be started.
    struct Failure: Error, CustomStringConvertible {
        /// The program that failed to start.
        let executable: String
        /// The `posix_spawn` error number.
        let code: Int32
        /// What failed, for the test report.
        var description: String { "cannot start \(executable): \(String(cString: strerror(code)))" }
    }

    /// Starts `executable` with stdin from /dev/null and stdout/stderr into the given files; returns its pid.
    static func start(_ executable: String, _ arguments: [String], environment: [String: String],
                      output: String, errors: String) throws -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, errors, O_WRONLY | O_CREAT | O_TRUNC, 0o644)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        var allSignals = sigset_t()
        sigfillset(&allSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setsigdefault(&attributes, &allSignals)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid: pid_t = 0
        let code = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
        guard code == 0 else { throw Failure(executable: executable, code: code) }
        return pid
    }

    /// A child that did not end in time (it was killed).
    struct Hung: Error, CustomStringConvertible {
        /// The program that hung.
        let executable: String
        /// What happened, for the test report.
        var description: String { "\(executable) did not finish in time and was killed" }
    }

    /// Waits up to `timeout` seconds for the child to end; its exit status, or 128 + the signal that killed it.
    static func wait(for pid: pid_t, executable: String, timeout: Double = 30) throws -> Int32 {
        var status: Int32 = 0
        var waited = 0.0
        while waitpid(pid, &status, WNOHANG) == 0 {
            guard waited < timeout else {
                kill(pid, SIGKILL)
                _ = waitpid(pid, &status, 0)
                throw Hung(executable: executable)
            }
            usleep(2_000)
            waited += 0.002
        }
        let signal = status & 0x7F
        return signal == 0 ? (status >> 8) & 0xFF : 128 + signal
    }
}
