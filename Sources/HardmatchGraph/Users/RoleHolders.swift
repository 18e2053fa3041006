/// Every cloud user that holds or is eligible for a Microsoft Entra role, and the parts of
/// the tenant's role data that could not be read.
///
/// Since June 2026 Entra refuses a hard match to any of them, and `apply` never writes to
/// one. A part that cannot be read is never taken as "nobody holds a role there".
public struct RoleHolders: Sendable, Equatable {
    /// Object ids of the holders (users, and any principal that could not be expanded).
    public var ids: Set<String> = []
    /// UPNs of the holders that are users, as Graph gave them.
    public var userPrincipalNames: Set<String> = []
    /// Parts (`roleAssignments`, `roleEligibilitySchedules`) that could not be read, with why.
    public var unreadable: [String: String] = [:]

    public init() {}

    /// Ids and UPNs, lower-cased: what a write is checked against.
    public var lowercasedKeys: Set<String> {
        Set((ids.union(userPrincipalNames)).map { $0.lowercased() })
    }
}
