/// A Microsoft Entra ID user as Microsoft Graph describes it, with the fields matching needs (SPEC §4).
public struct CloudUser: Sendable, Equatable {
    /// Graph's object id (a GUID string); the key `apply` writes to.
    public var id: String
    public var userPrincipalName: String?
    public var mail: String?
    /// As Graph returns them, prefixes (`SMTP:`, `smtp:`, `SIP:` ...) and case kept.
    public var proxyAddresses: [String]
    /// Exactly as stored: Entra compares it as a string, so it is never normalised here.
    public var onPremisesImmutableId: String?
    public var onPremisesSyncEnabled: Bool?
    /// `Member` or `Guest`.
    public var userType: String?
    public var displayName: String?
    public var accountEnabled: Bool?
    /// The on-premises object the user was last synchronised from (a GUID string or the
    /// base64 of its 16 bytes), as stored; Entra refuses a hard match from any other object.
    public var onPremisesObjectIdentifier: String?
    /// `onPremisesSyncBehavior.isCloudManaged`: true when the cloud is the Source of Authority
    /// and on-premises cannot take the user over; nil when it was not read.
    public var isCloudManaged: Bool?
    /// What Entra could not apply when it last synchronised the user (empty: nothing, or not read).
    public var onPremisesProvisioningErrors: [ProvisioningError]

    public init(
        id: String, userPrincipalName: String? = nil, mail: String? = nil, proxyAddresses: [String] = [],
        onPremisesImmutableId: String? = nil, onPremisesSyncEnabled: Bool? = nil, userType: String? = nil,
        displayName: String? = nil, accountEnabled: Bool? = nil,
        onPremisesObjectIdentifier: String? = nil, isCloudManaged: Bool? = nil,
        onPremisesProvisioningErrors: [ProvisioningError] = []
    ) {
        self.id = id
        self.userPrincipalName = userPrincipalName
        self.mail = mail
        self.proxyAddresses = proxyAddresses
        self.onPremisesImmutableId = onPremisesImmutableId
        self.onPremisesSyncEnabled = onPremisesSyncEnabled
        self.userType = userType
        self.displayName = displayName
        self.accountEnabled = accountEnabled
        self.onPremisesObjectIdentifier = onPremisesObjectIdentifier
        self.isCloudManaged = isCloudManaged
        self.onPremisesProvisioningErrors = onPremisesProvisioningErrors
    }

    // MARK: - Derived

    /// The stored ImmutableId read as one, or why it is not the canonical base64 of 16 bytes.
    ///
    /// Nil when none is stored. Other sync tools write other things here (a UPN, a
    /// hex string); such a value never equals an anchor `hardmatch` computes, but it still
    /// blocks a soft match, so it is kept and reported rather than dropped.
    public var decodedImmutableId: Result<ImmutableID, IdentifierError>? {
        guard let onPremisesImmutableId else { return nil }
        do {
            return .success(try ImmutableID(string: onPremisesImmutableId))
        } catch {
            return .failure(error)
        }
    }

    /// The object the stored ImmutableId names, when it is the canonical base64 of 16 bytes.
    public var immutableIdGUID: ObjectGUID? {
        if case .success(let id) = decodedImmutableId { return id.guid }
        return nil
    }

    /// The object `onPremisesObjectIdentifier` names, read as a GUID string (any case, braces
    /// or not) or as the base64 of its 16 bytes; nil when none is stored or it is neither.
    public var objectIdentifierGUID: ObjectGUID? {
        guard let value = onPremisesObjectIdentifier else { return nil }
        if let guid = try? ObjectGUID(string: value) { return guid }
        return (try? ImmutableID(string: value))?.guid
    }

    /// True for `userType` Guest (any case): never an employee's account to join.
    public var isGuest: Bool {
        userType.map { $0.lowercased() == "guest" } ?? false
    }
}
