#if canImport(Glibc)
import Glibc
#endif

/// Zeroed slots for `ValueTable`, in transparent huge pages where the system offers them.
///
/// Every new value probes a random slot. With 4 KiB pages a slot array of tens of megabytes
/// costs a TLB miss on nearly every probe, on top of the cache miss; in 2 MiB pages a few
/// dozen TLB entries cover it. The kernel is only asked (`madvise`, before the first write,
/// so the pages are huge from their first fault); where it declines, or on other systems,
/// the pages are ordinary and nothing else changes.
enum HugePages {
    /// Below this an array is too small for huge pages to matter.
    private static let threshold = 4 << 20

    static func zeroedSlots(_ count: Int) -> [UInt64] {
        [UInt64](unsafeUninitializedCapacity: count) { buffer, initialized in
            advise(UnsafeMutableRawBufferPointer(buffer))
            buffer.initialize(repeating: 0)
            initialized = count
        }
    }

    private static func advise(_ buffer: UnsafeMutableRawBufferPointer) {
        #if canImport(Glibc)
        guard buffer.count >= threshold, let base = buffer.baseAddress else { return }
        let page = Int(sysconf(Int32(_SC_PAGESIZE)))
        guard page > 0 else { return }
        let start = (Int(bitPattern: base) + page - 1) / page * page
        let end = (Int(bitPattern: base) + buffer.count) / page * page
        guard end > start else { return }
        _ = madvise(UnsafeMutableRawPointer(bitPattern: start), end - start, MADV_HUGEPAGE)
        #endif
    }
}
