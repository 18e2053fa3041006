/// 64-bit hashes and comparisons of folded values, for the plan's indexes.
///
/// A million users have several million addresses: building a lower-cased `String` for
/// each and hashing it with SipHash was a fifth of `plan`. Here ASCII values (nearly
/// every address) are folded and hashed in one pass over their bytes, with no copy.
///
/// The hashes agree with `String` equality of the folded values, which is canonical
/// equivalence: `foldedHash(a) == foldedHash(b)` whenever `folded(a) == folded(b)`. A hash
/// is only a hint; every index confirms a hit with `foldedEqual` or `==`.
extension MatchKey {
    /// The hash of `folded(value)`, without building it for ASCII.
    static func foldedHash(_ value: String) -> UInt64 {
        if let hash = asciiHash(value, folding: true) { return hash }
        return unicodeHash(value.lowercased())
    }

    /// The hash of a value compared exactly (as `String ==`), such as an already folded local part.
    static func exactHash(_ value: String) -> UInt64 {
        if let hash = asciiHash(value, folding: false) { return hash }
        return unicodeHash(value)
    }

    /// True when `folded(left) == folded(right)`, without building either for ASCII.
    static func foldedEqual(_ left: String, _ right: String) -> Bool {
        let ascii: Bool? = left.utf8.withContiguousStorageIfAvailable { leftBytes in
            right.utf8.withContiguousStorageIfAvailable { rightBytes in
                asciiFoldedEqual(leftBytes, rightBytes)
            } ?? nil
        } ?? nil
        if let ascii { return ascii }
        return folded(left) == folded(right)
    }

    /// The hash of a 16-byte anchor or GUID.
    static func guidHash(_ guid: ObjectGUID) -> UInt64 {
        HashMixing.mix(guid.head &+ HashMixing.mix(guid.tail))
    }

    /// The hash of ASCII bytes lower-cased: `foldedHash` of the string they spell.
    static func foldedHash(ascii bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in bytes {
            hash = (hash ^ UInt64(byte &- UInt8(ascii: "A") < 26 ? byte | 0x20 : byte)) &* 0x0000_0100_0000_01B3
        }
        return HashMixing.mix(hash)
    }

    // MARK: - Helpers

    /// FNV-1a over the bytes (lower-cased when `folding`), then mixed; nil when a byte is not ASCII.
    private static func asciiHash(_ value: String, folding: Bool) -> UInt64? {
        let hash: UInt64?? = value.utf8.withContiguousStorageIfAvailable { bytes in
            var hash: UInt64 = 0xCBF2_9CE4_8422_2325
            for byte in bytes {
                guard byte < 0x80 else { return nil }
                let folded = folding && byte &- UInt8(ascii: "A") < 26 ? byte | 0x20 : byte
                hash = (hash ^ UInt64(folded)) &* 0x0000_0100_0000_01B3
            }
            return HashMixing.mix(hash)
        }
        if let hash { return hash }
        var copy = value
        copy.makeContiguousUTF8()
        return asciiHash(copy, folding: folding)
    }

    /// The hash of a value that is not ASCII, consistent with `String ==`.
    ///
    /// Three characters are canonically equivalent to ASCII ones (GREEK QUESTION MARK to
    /// `;`, GREEK VARIA to a backtick, KELVIN SIGN to `K`, which lower-casing has already
    /// turned into `k`): once they are replaced, a value equal to an ASCII value is ASCII
    /// and gets the ASCII hash. Any other value is hashed by `String` itself, which hashes
    /// the normalised form.
    private static func unicodeHash(_ value: String) -> UInt64 {
        let replaced = ASCIITwins.replaced(in: value)
        if let hash = asciiHash(replaced, folding: false) { return hash }
        var hasher = Hasher()
        hasher.combine(replaced)
        return UInt64(bitPattern: Int64(hasher.finalize()))
    }

    /// Both ASCII: whether they are equal ignoring case; nil when either is not ASCII.
    private static func asciiFoldedEqual(_ left: UnsafeBufferPointer<UInt8>, _ right: UnsafeBufferPointer<UInt8>) -> Bool? {
        var high: UInt8 = 0
        for byte in left { high |= byte }
        for byte in right { high |= byte }
        guard high < 0x80 else { return nil }
        guard left.count == right.count else { return false }
        for index in left.indices {
            let a = left[index], b = right[index]
            guard a == b || a ^ b == 0x20 && (a | 0x20) &- UInt8(ascii: "a") < 26 else { return false }
        }
        return true
    }
}
