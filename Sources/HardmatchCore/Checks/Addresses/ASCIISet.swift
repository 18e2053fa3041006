/// A set of ASCII bytes as two 64-bit masks: the character classes of the rules, tested on
/// UTF-8 bytes without hashing.
///
/// `Set<Unicode.Scalar>.contains` hashes every character it is asked about; over the
/// millions of characters in a directory that was a tenth of `check`.
struct ASCIISet: Sendable {
    private var low: UInt64 = 0
    private var high: UInt64 = 0

    init(_ characters: String) {
        for byte in characters.utf8 { insert(byte) }
    }

    init(_ scalars: Set<Unicode.Scalar>) {
        for scalar in scalars where scalar.isASCII { insert(UInt8(scalar.value)) }
    }

    /// The ASCII letters and digits, and `extra`.
    static func alphanumerics(and extra: String) -> ASCIISet {
        ASCIISet("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789" + extra)
    }

    /// Controls and the space: what `isSpaceOrControl` is for ASCII.
    static let spaceOrControl: ASCIISet = {
        var set = ASCIISet("")
        for byte in UInt8(0)...0x20 { set.insert(byte) }
        set.insert(0x7f)
        return set
    }()

    @inline(__always)
    func contains(_ byte: UInt8) -> Bool {
        if byte < 64 { return low >> byte & 1 != 0 }
        if byte < 128 { return high >> (byte - 64) & 1 != 0 }
        return false
    }

    func union(_ other: ASCIISet) -> ASCIISet {
        var result = self
        result.low |= other.low
        result.high |= other.high
        return result
    }

    private mutating func insert(_ byte: UInt8) {
        if byte < 64 { low |= 1 << byte } else if byte < 128 { high |= 1 << (byte - 64) }
    }
}
