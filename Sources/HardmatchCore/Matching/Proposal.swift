/// The cloud users the first rule that finds any proposes for one on-premises user.
struct Proposal {
    var via: MatchVia
    /// Positions of the cloud users found by `via`; more than one is `ambiguous`.
    var candidates: [Int]
    /// A `--mapping` row that contradicts an existing hard match names these cloud users.
    var contradictingMapping: [Int] = []

    /// The single candidate, when the rule found exactly one.
    var single: Int? { candidates.count == 1 ? candidates[0] : nil }
}
