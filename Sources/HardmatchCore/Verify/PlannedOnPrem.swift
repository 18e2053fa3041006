/// The on-premises side of a plan entry, as the plan printed it.
public struct PlannedOnPrem: Sendable, Equatable {
    public var dn: String?
    public var userPrincipalName: String?
    public var sAMAccountName: String?
    /// The ImmutableId the sync writes: what "carries the anchor" compares with.
    public var sourceAnchor: String?

    public init(dn: String? = nil, userPrincipalName: String? = nil, sAMAccountName: String? = nil, sourceAnchor: String? = nil) {
        self.dn = dn
        self.userPrincipalName = userPrincipalName
        self.sAMAccountName = sAMAccountName
        self.sourceAnchor = sourceAnchor
    }

    /// The shortest name a person recognises.
    public var name: String { sAMAccountName ?? userPrincipalName ?? dn ?? "the on-premises user" }
}
