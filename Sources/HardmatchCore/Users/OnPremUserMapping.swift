/// Turns directory entries into user records, the one mapping every source shares.
public enum OnPremUserMapping {
    /// The attributes a directory search must return for `map(_:)`, those `SyncScope` tests included.
    public static let attributes = [
        "objectGUID", "mS-DS-ConsistencyGuid", "userPrincipalName", "mail", "proxyAddresses",
        "sAMAccountName", "displayName", "mailNickname", "userAccountControl", "objectClass",
        "isCriticalSystemObject", "msExchRecipientTypeDetails", "adminDescription",
    ]

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

    /// True when the entry is a user account by its `objectClass` (SPEC §3): `user` or
    /// `inetOrgPerson` among the values and `computer` not (a managed service account is a
    /// computer). An entry without `objectClass` counts as a user: its export was filtered
    /// by its maker, who left the class out.
    ///
    /// A whole-domain export also holds the domain object, OUs, containers, group policies,
    /// trusts and DNS records, each with an `objectGUID`: the class is what tells them apart.
    /// Compared as bytes in place: every record of an export carries several `objectClass`
    /// values, and decoding and lower-casing each one would cost a string per value.
    public static func isUser(_ entry: DirectoryEntry) -> Bool {
        guard entry.contains(.objectClass) else { return true }
        var person = false
        let computer = entry.containsValue(.objectClass) { value in
            if AttributeName.spells(value, "user") || AttributeName.spells(value, "inetorgperson") { person = true }
            return AttributeName.spells(value, "computer")
        }
        return person && !computer
    }

    /// True when the entry has an `objectGUID`, which is what makes an export's record a user.
    public static func hasObjectGUID(_ entry: DirectoryEntry) -> Bool {
        entry.contains(.objectGUID)
    }

    /// Maps one entry to a user record, or says what is wrong with it.
    public static func map(_ entry: DirectoryEntry) throws(Problem) -> OnPremUser {
        guard let guid = entry.withFirstValue(.objectGUID, Self.guid) else {
            throw .missingObjectGUID(dn: entry.dn)
        }
        let objectGUID: ObjectGUID
        switch guid {
        case .success(let value): objectGUID = value
        case .failure(let error): throw .badObjectGUID(dn: entry.dn, error)
        }
        var consistencyGuid: ObjectGUID?
        switch entry.withFirstValue(.consistencyGuid, Self.guid) {
        case .success(let value): consistencyGuid = value
        case .failure(let error): throw .badConsistencyGuid(dn: entry.dn, error)
        case nil: break
        }
        var userAccountControl: Int?
        if let text = entry.string(.userAccountControl) {
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
            userPrincipalName: entry.string(.userPrincipalName),
            mail: entry.string(.mail),
            proxyAddresses: entry.strings(.proxyAddresses),
            sAMAccountName: entry.string(.sAMAccountName),
            displayName: entry.string(.displayName),
            mailNickname: entry.string(.mailNickname),
            userAccountControl: userAccountControl,
            isCriticalSystemObject: booleanValue(entry.string(.isCriticalSystemObject)),
            outOfScope: SyncScope.exclusion(of: entry)
        )
    }

    /// A GUID from an attribute's raw bytes, or why they are not one.
    private static func guid(_ bytes: UnsafeBufferPointer<UInt8>) -> Result<ObjectGUID, IdentifierError> {
        Result { () throws(IdentifierError) -> ObjectGUID in try ObjectGUID(rawBytes: bytes) }
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
