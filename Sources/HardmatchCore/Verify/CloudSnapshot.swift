/// A cloud user as `verify` reports it: who it is and its sync state now.
public struct CloudSnapshot: Sendable, Equatable {
    public var id: String
    public var userPrincipalName: String?
    public var onPremisesImmutableId: String?
    public var onPremisesSyncEnabled: Bool?
    /// False when the user no longer exists: only the planned id is known.
    public var exists: Bool

    public init(_ user: CloudUser) {
        id = user.id
        userPrincipalName = user.userPrincipalName
        onPremisesImmutableId = user.onPremisesImmutableId
        onPremisesSyncEnabled = user.onPremisesSyncEnabled
        exists = true
    }

    /// A planned user that was not found.
    public init(missing planned: PlannedCloud) {
        id = planned.id
        userPrincipalName = planned.userPrincipalName
        exists = false
    }

    /// `upn (id)`, for a detail line.
    public var name: String { userPrincipalName.map { "\($0) (\(id))" } ?? id }
}
