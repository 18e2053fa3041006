/// A step a person must take before the first sync, with how many plan entries it holds back.
///
/// Each conflict reason that Entra's hardening produces (rather than the users' own data)
/// has one remedy that applies to all its entries; the plan lists them above the entries so
/// the administrator sees the tenant's work before the users'.
public struct PlanBlocker: Sendable, Equatable {
    public var reason: ConflictReason
    /// What to do, in one sentence.
    public var action: String
    /// The number of entries with this reason.
    public var users: Int

    public init(reason: ConflictReason, action: String, users: Int) {
        self.reason = reason
        self.action = action
        self.users = users
    }

    /// The reasons that have a tenant-level remedy, in the order the plan lists them.
    static let actions: [(ConflictReason, String)] = [
        (.hardMatchBlocked, "turn off BlockCloudObjectTakeoverThroughHardMatch for the migration window, then turn it back on"),
        (.adminRole, "note the Entra roles (assigned, eligible and through groups) of these cloud users, remove them for the migration window, and restore them after the first sync"),
        (.cloudManaged, "these cloud users are under cloud Source of Authority: set onPremisesSyncBehavior isCloudManaged to false before the first sync, or keep them cloud-managed"),
        (.objectIdentifierMapped, "check who owns these cloud users, then clear onPremisesObjectIdentifier (PATCH /beta/users/{id} {\"onPremisesObjectIdentifier\": null}) before the first sync"),
    ]

    /// The blockers of a plan with these counts: only reasons that occur.
    public static func blockers(of summary: PlanSummary) -> [PlanBlocker] {
        actions.compactMap { reason, action in
            summary[reason] > 0 ? PlanBlocker(reason: reason, action: action, users: summary[reason]) : nil
        }
    }
}
