/// One line of the plan: an on-premises user with at most one cloud user, or a cloud user alone.
public struct PlanEntry: Sendable, Equatable {
    public var outcome: MatchOutcome
    /// The rule that paired the two; nil when nothing paired them.
    public var via: MatchVia?
    /// Set exactly when `outcome` is `conflict`; an `outOfScope` entry's reason, in every
    /// format, is its user's `outOfScope` rule.
    public var reason: ConflictReason?
    public var onPrem: OnPremUser?
    public var cloud: CloudUser?
    public var detail: ConflictDetail?

    public init(
        outcome: MatchOutcome, via: MatchVia? = nil, reason: ConflictReason? = nil,
        onPrem: OnPremUser? = nil, cloud: CloudUser? = nil, detail: ConflictDetail? = nil
    ) {
        self.outcome = outcome
        self.via = via
        self.reason = reason
        self.onPrem = onPrem
        self.cloud = cloud
        self.detail = detail
    }

    /// The source anchor of the on-premises user: for `setImmutableId`, the value to write.
    public var immutableId: ImmutableID? { onPrem?.sourceAnchor }
}
