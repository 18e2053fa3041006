/// One entry of a plan as `verify` needs it: the outcome predicted, the on-premises user and
/// its anchor, and the cloud user with the state the plan saw.
///
/// Read from the plan file, never from the directory: `verify` checks the prediction that
/// was made, not a new one.
public struct PlannedEntry: Sendable, Equatable {
    public var outcome: MatchOutcome
    /// The conflict reason, when there is one.
    public var reason: String?
    public var onPrem: PlannedOnPrem?
    public var cloud: PlannedCloud?

    public init(outcome: MatchOutcome, reason: String? = nil, onPrem: PlannedOnPrem? = nil, cloud: PlannedCloud? = nil) {
        self.outcome = outcome
        self.reason = reason
        self.onPrem = onPrem
        self.cloud = cloud
    }

    /// The source anchor the sync will give the on-premises user's cloud account.
    public var anchor: String? { onPrem?.sourceAnchor }
}
