/// Turns directory entries into user records, the one mapping every source shares.
public enum OnPremUserMapping {
    /// The attributes a directory search must return for `map(_:)`.
    public static let attributes = [
        "objectGUID", "mS-DS-ConsistencyGuid", "userPrincipalName", "mail", "proxyAddresses",
        "sAMAccountName", "displayName", "mailNickname", "userAccountControl", "objectClass",
        "isCriticalSystemObject",
    ]

    /// Object classes that are never users, even when an export carries an `objectGUID`.
    public static let nonUserClasses: Set<String> = ["computer", "contact", "group"]

    /// Why an entry could not become a user record.
    public enum Problem: Error, Equatable, Sendable, CustomStringConvertible {
        case missingObjectGUID(dn: String)
        case badObjectGUID(dn: String, IdentifierError)
        case badConsistencyGuid(dn: String, IdentifierError)
        case badUserAccountControl(dn: String, value: String)

        public var description: String {
            switch self {
            case .missingObjectGUID(let dn):
                return "\(dn): no objectGUID; the entry cannot be anchored (was objectGUID left out of the export?)"
            case .badObjectGUID(let dn, let error):
                return "\(dn): objectGUID: \(error)"
            case .badConsistencyGuid(let dn, let error):
                return "\(dn): mS-DS-ConsistencyGuid: \(error); Entra Connect cannot use it as the source anchor"
            case .badUserAccountControl(let dn, let value):
                return "\(dn): userAccountControl \(IdentifierError.quote(value)) is not a number"
            }
        }
    }

    /// True when the entry's `objectClass` (if present) names a computer, contact or group.
    ///
    /// Compared as bytes: every record of an export carries several `objectClass` values, and
    /// decoding and lower-casing each one cost a string per value.
    public static func isNonUser(_ entry: DirectoryEntry) -> Bool {
        entry.values("objectClass").contains { value in
            nonUserClasses.contains { equalIgnoringASCIICase(value, $0) }
        }
    }

    /// True when `bytes` spell the lower-case ASCII `name` in any case.
    private static func equalIgnoringASCIICase(_ bytes: [UInt8], _ name: String) -> Bool {
        bytes.count == name.utf8.count && zip(bytes, name.utf8).allSatisfy { byte, expected in
            let folded = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte
            return folded == expected
        }
    }

    /// Maps one entry to a user record, or says what is wrong with it.
    public static func map(_ entry: DirectoryEntry) throws(Problem) -> OnPremUser {
        guard let guidBytes = entry.values("objectGUID").first else {
            throw .missingObjectGUID(dn: entry.dn)
        }
        let objectGUID: ObjectGUID
        do {
            objectGUID = try ObjectGUID(rawBytes: guidBytes)
        } catch {
            throw .badObjectGUID(dn: entry.dn, error)
        }
        var consistencyGuid: ObjectGUID?
        if let bytes = entry.values("mS-DS-ConsistencyGuid").first {
            do {
                consistencyGuid = try ObjectGUID(rawBytes: bytes)
            } catch {
                throw .badConsistencyGuid(dn: entry.dn, error)
            }
        }
        var userAccountControl: Int?
        if let text = entry.string("userAccountControl") {
            // AD writes it signed (a 32-bit flag word); accept both spellings.
            guard let value = Int(text), value >= Int(Int32.min), value <= Int(UInt32.max) else {
                throw .badUserAccountControl(dn: entry.dn, value: text)
            }
            userAccountControl = value
        }
        return OnPremUser(
            dn: entry.dn,
            objectGUID: objectGUID,
            consistencyGuid: consistencyGuid,
            userPrincipalName: entry.string("userPrincipalName"),
            mail: entry.string("mail"),
            proxyAddresses: entry.strings("proxyAddresses"),
            sAMAccountName: entry.string("sAMAccountName"),
            displayName: entry.string("displayName"),
            mailNickname: entry.string("mailNickname"),
            userAccountControl: userAccountControl,
            isCriticalSystemObject: booleanValue(entry.string("isCriticalSystemObject"))
        )
    }

    /// An LDAP Boolean (`TRUE` / `FALSE`, RFC 4517 3.3.3); anything else is treated as absent,
    /// since no command should stop over a flag only `check` reads.
    private static func booleanValue(_ text: String?) -> Bool? {
        switch text?.uppercased() {
        case "TRUE": return true
        case "FALSE": return false
        default: return nil
        }
    }
}
