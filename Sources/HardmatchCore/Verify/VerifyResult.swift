/// The verdict on one plan entry: its status, why, and the users it is about.
public struct VerifyResult: Sendable, Equatable {
    public var status: VerifyStatus
    /// What happened and what to do, in one sentence or two.
    public var detail: String
    public var onPrem: PlannedOnPrem?
    /// The planned cloud user as it is now.
    public var cloud: CloudSnapshot?
    /// The other cloud user that carries the anchor (`duplicated`, a created user).
    public var anchorHolder: CloudSnapshot?
    /// The provisioning errors of the planned and the anchor-holding user (`syncError`).
    public var errors: [ProvisioningError]

    public init(status: VerifyStatus, detail: String, onPrem: PlannedOnPrem?, cloud: CloudSnapshot?, anchorHolder: CloudSnapshot? = nil, errors: [ProvisioningError] = []) {
        self.status = status
        self.detail = detail
        self.onPrem = onPrem
        self.cloud = cloud
        self.anchorHolder = anchorHolder
        self.errors = errors
    }
}
