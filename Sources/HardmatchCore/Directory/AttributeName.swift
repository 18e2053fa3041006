/// An attribute's name, folded to lower case once, so that finding it in an entry is a compare.
///
/// LDAP names are case-insensitive ASCII (RFC 4512 descriptors and numeric OIDs). A
/// million-user export looks names up for every value of every entry, so the folding and a
/// fingerprint are computed when the name is made, which for the names the user mapping
/// reads is once per run (`AttributeName.objectGUID`, ...).
public struct AttributeName: Sendable, Hashable, ExpressibleByStringLiteral, CustomStringConvertible {
    /// The name's bytes with `A`–`Z` folded to lower case; other bytes as given.
    public let folded: [UInt8]
    /// `Self.fingerprint(of:)` of the name, compared before the bytes.
    public let fingerprint: UInt64

    public init(_ name: String) {
        self.init(folding: Array(name.utf8))
    }

    public init(stringLiteral name: String) {
        self.init(name)
    }

    /// A name from raw bytes, such as an LDIF line's attribute type.
    public init(folding bytes: some Collection<UInt8>) {
        folded = bytes.map(Self.fold)
        fingerprint = folded.withUnsafeBufferPointer(Self.fingerprint(of:))
    }

    /// The folded name as text: the key under which `DirectoryEntry.attributes` lists it.
    public var lowercased: String { String(decoding: folded, as: UTF8.self) }

    public var description: String { lowercased }

    public static func == (lhs: AttributeName, rhs: AttributeName) -> Bool {
        lhs.fingerprint == rhs.fingerprint && lhs.folded == rhs.folded
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(folded)
    }

    // MARK: - Folding

    @inline(__always)
    public static func fold(_ byte: UInt8) -> UInt8 {
        byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte
    }

    /// The length (up to 255) and the first seven bytes, folded: nearly always tells names
    /// apart, and is the whole name for names of up to seven bytes, which are compared by
    /// it alone. The length saturates rather than wraps, so that no long name can take
    /// the fingerprint of a short one.
    public static func fingerprint(of bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let length = UInt64(min(bytes.count, 255)) << 56
        if bytes.count >= 8, let base = bytes.baseAddress {
            // Most names are longer: fold a whole little-endian word and keep seven bytes.
            let word = UnsafeRawPointer(base).loadUnaligned(as: UInt64.self)
            return length | foldWord(word) & 0x00ff_ffff_ffff_ffff
        }
        var fingerprint = length
        for index in 0..<min(bytes.count, 7) {
            fingerprint |= UInt64(fold(bytes[index])) << (8 * UInt64(index))
        }
        return fingerprint
    }

    /// True when `bytes` are `folded` in any case: a stored name against a line's bytes.
    public static func equal(folded: UnsafeBufferPointer<UInt8>, toFolding bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard folded.count == bytes.count else { return false }
        for index in 0..<folded.count where folded[index] != fold(bytes[index]) { return false }
        return true
    }

    /// True when `bytes` spell `word` (lower-case ASCII) in any case, such as `dn` on an LDIF
    /// line or `group` as an `objectClass`, compared in place.
    public static func spells(_ bytes: UnsafeBufferPointer<UInt8>, _ word: StaticString) -> Bool {
        guard bytes.count == word.utf8CodeUnitCount else { return false }
        let expected = word.utf8Start
        for index in 0..<bytes.count where fold(bytes[index]) != expected[index] { return false }
        return true
    }

    /// `fold` applied to each byte of a word at once: the bytes `A`–`Z` gain 0x20.
    @inline(__always)
    static func foldWord(_ word: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        // On the low seven bits of each byte, adding 0x80 - c sets the high bit exactly when
        // the byte is at least c; bytes from 0x80 up are excluded by `~word`.
        let low = word & ~highs
        let atLeastA = low &+ ones &* (0x80 - 0x41)
        let aboveZ = low &+ ones &* (0x80 - 0x5b)
        let upper = atLeastA & ~aboveZ & ~word & highs
        return word | upper >> 2
    }
}
