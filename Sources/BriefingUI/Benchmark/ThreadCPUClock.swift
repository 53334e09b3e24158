#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The processor time the calling thread has used: the reader's own work, whatever else the machine runs.
enum ThreadCPUClock {
    /// Seconds of processor time the calling thread has used so far.
    static func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    /// The processor seconds `body` took on this thread.
    static func measure(_ body: () -> Void) -> Double {
        let start = now()
        body()
        return now() - start
    }
}
