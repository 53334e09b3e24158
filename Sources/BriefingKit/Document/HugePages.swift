#if canImport(Glibc)
import Glibc
#endif

/// Asking the kernel to back a large, still untouched buffer with huge pages, so filling it takes a fault per 2 MiB
/// rather than per 4 KiB page (and reading it back, far fewer TLB misses).
enum HugePages {
    /// The huge page size on x86-64 and most arm64 Linux kernels.
    private static let size = 2 << 20

    /// Advises huge pages for the whole huge pages inside `buffer` when it spans several; a no-op elsewhere, or
    /// when the kernel declines (transparent huge pages off).
    static func advise(_ buffer: UnsafeMutableRawBufferPointer) {
        #if os(Linux)
        guard let base = buffer.baseAddress, buffer.count >= 2 * size else { return }
        let start = (Int(bitPattern: base) + size - 1) & ~(size - 1)
        let end = (Int(bitPattern: base) + buffer.count) & ~(size - 1)
        guard end > start, let pointer = UnsafeMutableRawPointer(bitPattern: start) else { return }
        _ = madvise(pointer, end - start, MADV_HUGEPAGE)
        #endif
    }
}
