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
    public var string: String { Base64.encode(guid.rawBytes) }

    public static func < (lhs: ImmutableID, rhs: ImmutableID) -> Bool { lhs.guid < rhs.guid }
}

extension ImmutableID: CustomStringConvertible {
    public var description: String { string }
}
