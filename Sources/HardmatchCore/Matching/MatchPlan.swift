/// The plan: every on-premises user once, every cloud user no entry mentions once more,
/// in a fixed order (see `PlanBuilder`).
public struct MatchPlan: Sendable, Equatable {
    public var entries: [PlanEntry]
    public var summary: PlanSummary

    public init(entries: [PlanEntry]) {
        self.entries = entries
        summary = PlanSummary(entries)
    }
}
