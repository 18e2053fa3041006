/// The cloud users of one Graph export file, and what was odd about it.
public struct CloudExport: Sendable, Equatable {
    /// Which of the three shapes of SPEC §4 the file had.
    public enum Shape: String, Sendable {
        /// A `GET /users` response page: `{"value": [...], "@odata.nextLink": ...}`.
        case graphPage
        /// A bare JSON array of users (also `Get-MgUser | ConvertTo-Json` of several users).
        case array
        /// One user object (`ConvertTo-Json` of a single user).
        case singleUser
    }

    public var shape: Shape
    public var users: [CloudUser]
    /// The page's `@odata.nextLink`: Graph had more users than this page holds.
    public var nextLink: String?
    public var findings: [CloudExportFinding]
    /// Which deciding properties the users carried (empty for users read live).
    public var presence = FieldPresence()

    public init(shape: Shape, users: [CloudUser], nextLink: String? = nil, findings: [CloudExportFinding] = []) {
        self.shape = shape
        self.users = users
        self.nextLink = nextLink
        self.findings = findings
    }
}

extension CloudExport {
    /// The `$select` that exports every property the plan reads (SPEC §4).
    public static let graphSelect = "id,userPrincipalName,mail,proxyAddresses,onPremisesImmutableId,onPremisesSyncEnabled,userType,displayName,accountEnabled,onPremisesObjectIdentifier"
    /// The `Get-MgUser -Property` list that exports them.
    public static let powerShellProperties = "Id,UserPrincipalName,Mail,ProxyAddresses,OnPremisesImmutableId,OnPremisesSyncEnabled,UserType,DisplayName,AccountEnabled,OnPremisesObjectIdentifier"

    /// Refuses an export whose users lack a property the plan decides by: read as "none",
    /// it would turn a guest or an anchored user into a soft match.
    public func requireDecidingFields() throws(CloudExportError) {
        let missing = presence.missingDeciding
        guard missing.isEmpty else { throw .missingFields(missing) }
    }
}

/// Something in an export that does not stop the plan but an administrator should know.
///
/// A non-canonical `onPremisesImmutableId` is a warning, not an error: Entra holds such
/// values (written by other sync tools or by hand), and the plan handles them correctly
/// (they never hard-match, and they block a soft match: `anchorMismatch`).
public enum CloudExportFinding: Sendable, Equatable, CustomStringConvertible {
    case nonCanonicalImmutableId(id: String, value: String, IdentifierError)

    public var description: String {
        switch self {
        case .nonCanonicalImmutableId(let id, _, let error):
            return "cloud user \(id): onPremisesImmutableId \(error); it can never hard-match an on-premises anchor"
        }
    }
}
