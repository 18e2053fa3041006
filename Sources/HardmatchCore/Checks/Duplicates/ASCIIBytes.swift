/// Byte-level tests and hashing for the ASCII fast paths of `check`.
///
/// Nearly every value in a directory is ASCII; deciding on its UTF-8 bytes avoids the
/// `Character` and `Unicode.Scalar` machinery, which cost more than the checks themselves.
/// Callers fall back to the Unicode code when a byte is not ASCII.
enum ASCIIBytes {
    /// `Unicode.Scalar.isSpaceOrControl` for an ASCII byte: up to the space, and DEL.
    @inline(__always)
    static func isSpaceOrControl(_ byte: UInt8) -> Bool {
        byte <= 0x20 || byte == 0x7f
    }

    @inline(__always)
    static func fold(_ byte: UInt8) -> UInt8 {
        byte &- UInt8(ascii: "A") < 26 ? byte | 0x20 : byte
    }

    static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var high: UInt8 = 0
        for byte in bytes { high |= byte }
        return high < 0x80
    }

    /// Equal ignoring the case of ASCII letters.
    static func equalFolded(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard a.count == b.count else { return false }
        for index in 0..<a.count where a[index] != b[index] && fold(a[index]) != fold(b[index]) { return false }
        return true
    }

    /// A hash of the folded bytes, started from `seed`: eight bytes at a time folded at once
    /// (`AttributeName.foldWord`), the tail FNV-1a, then mixed so that the high bits, which
    /// `ValueTable` indexes by, depend on every byte. Equal folded bytes hash alike wherever
    /// they lie in memory.
    static func foldedHash(_ bytes: UnsafeBufferPointer<UInt8>, seed: UInt64) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325 ^ (seed &* 0x9E37_79B9_7F4A_7C15)
        var index = 0
        if let base = UnsafeRawPointer(bytes.baseAddress) {
            while index + 8 <= bytes.count {
                let word = AttributeName.foldWord(base.loadUnaligned(fromByteOffset: index, as: UInt64.self))
                hash = ((hash ^ word) &* 0x9E37_79B9_7F4A_7C15).rotatedLeft(29)
                index += 8
            }
        }
        while index < bytes.count {
            hash = (hash ^ UInt64(fold(bytes[index]))) &* 0x0000_0100_0000_01B3
            index += 1
        }
        return HashMixing.mix(hash ^ UInt64(bytes.count))
    }
}

extension UInt64 {
    fileprivate func rotatedLeft(_ count: UInt64) -> UInt64 {
        self << count | self >> (64 - count)
    }
}
