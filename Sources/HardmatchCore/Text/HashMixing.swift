/// Spreads every bit of a 64-bit hash over the low bits a hash table indexes by.
enum HashMixing {
    /// The finaliser of MurmurHash3.
    @inline(__always)
    static func mix(_ value: UInt64) -> UInt64 {
        var x = value
        x ^= x >> 33
        x &*= 0xFF51_AFD7_ED55_8CCD
        x ^= x >> 33
        x &*= 0xC4CE_B9FE_1A85_EC53
        x ^= x >> 33
        return x
    }
}
