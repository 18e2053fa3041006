/// A holder of a directory (administrator) role: soft match and writes must leave it alone.
public struct DirectoryRoleMember: Sendable, Equatable {
    /// The member's object id.
    public let id: String
    /// Nil for a member that is not a user (a service principal, a group).
    public let userPrincipalName: String?
    /// The role's display name, such as `Global Administrator`.
    public let roleName: String?
}
