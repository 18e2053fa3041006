/// An on-premises user with the anchors Entra Connect will compute for it (SPEC §3).
public struct OnPremUser: Sendable, Equatable {
    public var dn: String
    public var objectGUID: ObjectGUID
    /// `mS-DS-ConsistencyGuid`, when set: Entra Connect prefers it as the source anchor.
    public var consistencyGuid: ObjectGUID?
    public var userPrincipalName: String?
    public var mail: String?
    /// `proxyAddresses` exactly as stored, prefixes and case kept.
    public var proxyAddresses: [String]
    public var sAMAccountName: String?
    public var displayName: String?
    public var mailNickname: String?
    /// `userAccountControl`, when the source had it.
    public var userAccountControl: Int?
    /// `isCriticalSystemObject`: true for the accounts AD itself needs (krbtgt, Guest,
    /// Administrator); nil when the source lacked it. Its presence puts the user out of scope.
    public var isCriticalSystemObject: Bool?
    /// The Entra Connect rule that keeps this user out of the sync, nil when the sync takes it.
    public var outOfScope: SyncScopeRule?

    public init(
        dn: String, objectGUID: ObjectGUID, consistencyGuid: ObjectGUID? = nil,
        userPrincipalName: String? = nil, mail: String? = nil, proxyAddresses: [String] = [],
        sAMAccountName: String? = nil, displayName: String? = nil, mailNickname: String? = nil,
        userAccountControl: Int? = nil, isCriticalSystemObject: Bool? = nil, outOfScope: SyncScopeRule? = nil
    ) {
        self.dn = dn
        self.objectGUID = objectGUID
        self.consistencyGuid = consistencyGuid
        self.userPrincipalName = userPrincipalName
        self.mail = mail
        self.proxyAddresses = proxyAddresses
        self.sAMAccountName = sAMAccountName
        self.displayName = displayName
        self.mailNickname = mailNickname
        self.userAccountControl = userAccountControl
        self.isCriticalSystemObject = isCriticalSystemObject
        self.outOfScope = outOfScope
    }

    // MARK: - Derived

    /// The ImmutableId of `objectGUID`.
    public var immutableId: ImmutableID { objectGUID.immutableID }

    /// The anchor Entra Connect uses: from `mS-DS-ConsistencyGuid` when set, else `objectGUID`.
    public var sourceAnchor: ImmutableID { (consistencyGuid ?? objectGUID).immutableID }

    /// The primary SMTP address: the `proxyAddresses` value with the upper-case `SMTP:` prefix.
    ///
    /// The prefix is case-sensitive on purpose: `smtp:` marks a secondary address. Read as
    /// `check` reads it (`MatchKey.primarySmtpAddress`): whitespace around it is not part of it.
    public var primarySmtp: String? {
        MatchKey.primarySmtpAddress(proxyAddresses)
    }

    /// False when `userAccountControl` has ACCOUNTDISABLE (0x2); nil when the source lacked it.
    public var enabled: Bool? {
        userAccountControl.map { $0 & 0x2 == 0 }
    }
}
