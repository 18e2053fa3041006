/// One `proxyAddresses` value: an address type, a colon, and the address (`SMTP:a@b.com`,
/// `smtp:…`, `X500:/o=…`, `SIP:…`, `EUM:…`).
///
/// Read the way Entra ID reads it: whitespace around the type (`" smtp:a@b.com"`,
/// `"SMTP :a@b.com"`) and around the address does not change which address it is, so such a
/// value still counts as an SMTP address, for duplicates and for the primary, while
/// `ProxyAddressRule` reports the stray whitespace.
public struct ProxyAddress: Sendable, Equatable {
    /// The prefix without surrounding whitespace; its case matters only for SMTP
    /// (`SMTP:` marks the primary).
    public var type: Substring
    /// Everything after the first colon, as stored.
    public var address: Substring
    /// The prefix exactly as stored, whitespace included: `storedType + ":" + address` is the value.
    public var storedType: Substring

    /// Splits at the first colon; nil when there is no type before one.
    public init?(_ value: String) {
        guard let colon = value.utf8.firstIndex(of: UInt8(ascii: ":")) else { return nil }
        storedType = value[..<colon]
        type = storedType.trimmingSpaces
        guard !type.isEmpty else { return nil }
        address = value[value.index(after: colon)...]
    }

    /// True when whitespace surrounds the type: `" smtp:"`, `"SMTP :"`.
    public var typeHasSpace: Bool {
        type.utf8.count != storedType.utf8.count && type.count != storedType.count
    }

    /// The address without surrounding whitespace: what Entra ID compares.
    public var trimmedAddress: Substring { address.trimmingSpaces }

    /// True when Entra ID sees one address in both: the same type and the same address,
    /// each compared case-insensitively and without surrounding whitespace.
    public func isSameAddress(as other: ProxyAddress) -> Bool {
        Self.equalFolded(type, other.type) && Self.equalFolded(trimmedAddress, other.trimmedAddress)
    }

    public var isSMTP: Bool { type.utf8.count == 4 && Self.typeIs(type, "smtp") }
    /// The primary SMTP address: the upper-case `SMTP:` prefix.
    public var isPrimarySMTP: Bool { type == "SMTP" }
    /// X.400 and X.500 addresses are distinguished names: spaces and parentheses are normal there.
    public var isX400OrX500: Bool {
        type.utf8.count == 4 && (Self.typeIs(type, "x400") || Self.typeIs(type, "x500"))
    }

    /// `type.lowercased() == lowered`, on the bytes when `type` is ASCII.
    private static func typeIs(_ type: Substring, _ lowered: StaticString) -> Bool {
        let expected = UnsafeBufferPointer(start: lowered.utf8Start, count: lowered.utf8CodeUnitCount)
        return type.withASCII { ASCIIBytes.equalFolded($0, expected) } ?? (type.lowercased() == String(decoding: expected, as: UTF8.self))
    }
}

extension ProxyAddress {
    /// Case-insensitive equality, as `lowercased() ==`; ASCII (nearly every address) is
    /// folded in place, anything else compared lower-cased.
    static func equalFolded(_ a: Substring, _ b: Substring) -> Bool {
        let ascii: Bool?? = a.withASCII { left in b.withASCII { right in ASCIIBytes.equalFolded(left, right) } }
        if let ascii = ascii ?? nil { return ascii }
        return a.lowercased() == b.lowercased()
    }
}

extension Substring {
    /// Without leading and trailing whitespace and control characters; a slice, not a copy.
    var trimmingSpaces: Substring {
        if let first = utf8.first, let last = utf8.last, first < 0x80, last < 0x80,
           !ASCIIBytes.isSpaceOrControl(first), !ASCIIBytes.isSpaceOrControl(last) {
            return self
        }
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.isSpaceOrControl }),
              let last = scalars.lastIndex(where: { !$0.isSpaceOrControl }) else { return self[endIndex...] }
        return self[first...last]
    }
}
