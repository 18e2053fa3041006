/// An Entra ID ImmutableId: the base64 of an object's 16 raw GUID bytes, 24 characters.
///
/// Entra compares `onPremisesImmutableId` with the on-premises source anchor as a plain
/// string, so this type only ever holds the canonical encoding of 16 bytes.
public struct ImmutableID: Hashable, Comparable, Sendable {
    /// The object whose raw bytes this encodes.
    public let guid: ObjectGUID

    public init(guid: ObjectGUID) {
        self.guid = guid
    }

    /// Reads an ImmutableId, refusing anything but the canonical base64 of exactly 16 bytes.
    public init(string text: String) throws(IdentifierError) {
        let utf8 = Array(text.utf8)
        guard let bytes = Base64.decode(utf8) else {
            throw .invalidBase64(text)
        }
        guard bytes.count == 16 else {
            throw .wrongByteCount(text, form: "base64", bytes: bytes.count)
        }
        let guid = try ObjectGUID(rawBytes: bytes)
        // Stray bits in the last character decode to the same bytes but never match in Entra.
        let canonical = Base64.encode(bytes)
        guard canonical == text else {
            throw .nonCanonicalBase64(text, canonical: canonical)
        }
        self.guid = guid
    }

    /// The 24-character base64 string Entra stores.
    public var string: String {
        var text = [UInt8]()
        text.reserveCapacity(24)
        appendString(to: &text)
        return String(decoding: text, as: UTF8.self)
    }

    /// Appends the base64 string to `output`, straight from the GUID's bytes: a million-user
    /// dump would otherwise build a byte array and a string per user and drop both.
    public func appendString(to output: inout [UInt8]) {
        // The 128 bits are read six at a time from the two words that hold them, high bit first.
        let alphabet: StaticString = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
        let table = alphabet.utf8Start
        let head = guid.head
        let tail = guid.tail
        // Built on the stack and appended once: per-byte appends each check capacity and uniqueness.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 24) { text in
            for index in 0..<10 {
                text[index] = table[Int(truncatingIfNeeded: head >> UInt64(58 - 6 * index) & 0x3f)]
            }
            text[10] = table[Int(truncatingIfNeeded: (head << 2 | tail >> 62) & 0x3f)]
            for index in 11..<21 {
                text[index] = table[Int(truncatingIfNeeded: tail >> UInt64(122 - 6 * index) & 0x3f)]
            }
            // Sixteen bytes leave two bits over: one more character and two of padding.
            text[21] = table[Int(truncatingIfNeeded: (tail & 0x03) << 4)]
            text[22] = UInt8(ascii: "=")
            text[23] = UInt8(ascii: "=")
            output.append(contentsOf: text)
        }
    }

    public static func < (lhs: ImmutableID, rhs: ImmutableID) -> Bool { lhs.guid < rhs.guid }
}

extension ImmutableID: CustomStringConvertible {
    public var description: String { string }
}
