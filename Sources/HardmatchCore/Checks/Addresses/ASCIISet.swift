/// A set of ASCII bytes as two 64-bit masks: the character classes of the rules, tested on
/// UTF-8 bytes without hashing.
///
/// `Set<Unicode.Scalar>.contains` hashes every character it is asked about; over the
/// millions of characters in a directory that was a tenth of `check`. The sets the rules
/// test on every value are written as masks, which the compiler lays out at build time
/// (a set built from a string is initialised lazily, checked on every use); `ASCIISetTests`
/// holds each mask equal to the characters it stands for.
struct ASCIISet: Sendable, Equatable {
    private var low: UInt64 = 0
    private var high: UInt64 = 0

    init(low: UInt64, high: UInt64) {
        self.low = low
        self.high = high
    }

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
    static let spaceOrControl = ASCIISet(low: 0x0000_0001_FFFF_FFFF, high: 0x8000_0000_0000_0000)
    /// Letters, digits, the dot and RFC 5322 `atext` symbols: a local part unquoted, an alias.
    static let localPart = ASCIISet(low: 0xA3FF_ECFA_0000_0000, high: 0x7FFF_FFFF_C7FF_FFFE)
    /// Letters, digits and the hyphen: a host name label.
    static let hostName = ASCIISet(low: 0x03FF_2000_0000_0000, high: 0x07FF_FFFE_07FF_FFFE)
    /// Whitespace and `UserPrincipalNameRule.forbiddenCharacters`.
    static let upnRemovable = ASCIISet(low: 0xFC00_9F65_FFFF_FFFF, high: 0xB800_0000_3800_0000)
    /// Whitespace and `ProxyAddressRule.smtpForbidden`.
    static let smtpRefused = ASCIISet(low: 0x5800_1305_FFFF_FFFF, high: 0x8000_0000_2800_0000)
    /// Controls (not the space) and `ProxyAddressRule.distinguishedNameForbidden`.
    static let distinguishedNameRefused = ASCIISet(low: 0x0000_0004_FFFF_FFFF, high: 0x8000_0000_2800_0000)
    /// Whitespace and `ProxyAddressRule.otherForbidden`.
    static let otherTypeRefused = ASCIISet(low: 0x5000_1305_FFFF_FFFF, high: 0x8000_0000_2800_0000)

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
