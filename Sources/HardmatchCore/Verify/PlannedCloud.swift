/// The cloud side of a plan entry: which user, and its sync state when the plan was made.
///
/// The state is what "nothing joined it" is judged against: a user that was already
/// synchronised before the plan (an `alreadySynced` conflict) has not been joined since.
public struct PlannedCloud: Sendable, Equatable {
    public var id: String
    public var userPrincipalName: String?
    public var onPremisesImmutableId: String?
    public var onPremisesSyncEnabled: Bool?

    public init(id: String, userPrincipalName: String? = nil, onPremisesImmutableId: String? = nil, onPremisesSyncEnabled: Bool? = nil) {
        self.id = id
        self.userPrincipalName = userPrincipalName
        self.onPremisesImmutableId = onPremisesImmutableId
        self.onPremisesSyncEnabled = onPremisesSyncEnabled
    }
}
