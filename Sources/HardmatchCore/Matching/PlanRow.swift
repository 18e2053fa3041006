/// One entry of a built plan, naming its users by position in the plan's user lists.
///
/// A plan of a million entries is mostly these 16 bytes: copying each user's ten
/// reference-counted fields into its entry (and freeing them again) cost a fifth of `plan`.
struct PlanRow: Sendable, Equatable {
    var outcome: MatchOutcome
    var via: MatchVia?
    var reason: ConflictReason?
    /// Positions in `MatchPlan.onPremUsers`, `cloudUsers` and `details`; -1 for none.
    var onPrem: Int32
    var cloud: Int32
    var detail: Int32

    init(outcome: MatchOutcome, via: MatchVia? = nil, reason: ConflictReason? = nil, onPrem: Int? = nil, cloud: Int? = nil, detail: Int? = nil) {
        self.outcome = outcome
        self.via = via
        self.reason = reason
        self.onPrem = onPrem.map { Int32(truncatingIfNeeded: $0) } ?? -1
        self.cloud = cloud.map { Int32(truncatingIfNeeded: $0) } ?? -1
        self.detail = detail.map { Int32(truncatingIfNeeded: $0) } ?? -1
    }
}
