/// The plan: every on-premises user once, every cloud user no entry mentions once more,
/// in a fixed order (see `PlanBuilder`).
///
/// Entries are stored as rows that point into the user lists the plan was built from, so
/// that a plan of a million users costs megabytes, not a copy of every user; `entry(at:)`
/// and `entries` put an entry together when it is read.
public struct MatchPlan: Sendable, Equatable {
    let onPremUsers: [OnPremUser]
    let cloudUsers: [CloudUser]
    let rows: [PlanRow]
    let details: [ConflictDetail]
    public let summary: PlanSummary
    /// The tenant the plan was made for: its features and what was not checked.
    public let tenant: TenantContext
    /// The tenant-level steps before the first sync, with the entries each holds back.
    public let blockers: [PlanBlocker]

    /// A plan of these entries, in this order.
    public init(entries: [PlanEntry], tenant: TenantContext = .assumed) {
        var onPremUsers: [OnPremUser] = []
        var cloudUsers: [CloudUser] = []
        var details: [ConflictDetail] = []
        var rows: [PlanRow] = []
        for entry in entries {
            var row = PlanRow(outcome: entry.outcome, via: entry.via, reason: entry.reason)
            if let user = entry.onPrem {
                row.onPrem = Int32(truncatingIfNeeded: onPremUsers.count)
                onPremUsers.append(user)
            }
            if let user = entry.cloud {
                row.cloud = Int32(truncatingIfNeeded: cloudUsers.count)
                cloudUsers.append(user)
            }
            if let detail = entry.detail {
                row.detail = Int32(truncatingIfNeeded: details.count)
                details.append(detail)
            }
            rows.append(row)
        }
        self.init(onPremUsers: onPremUsers, cloudUsers: cloudUsers, rows: rows, details: details, tenant: tenant)
    }

    init(onPremUsers: [OnPremUser], cloudUsers: [CloudUser], rows: [PlanRow], details: [ConflictDetail], tenant: TenantContext) {
        self.onPremUsers = onPremUsers
        self.cloudUsers = cloudUsers
        self.rows = rows
        self.details = details
        var summary = PlanSummary()
        for row in rows { summary.count(row.outcome, row.reason) }
        self.summary = summary
        self.tenant = tenant
        blockers = PlanBlocker.blockers(of: summary)
    }

    // MARK: - Entries

    public var count: Int { rows.count }

    /// Every entry, put together: for tests and small plans (the writers read rows).
    public var entries: [PlanEntry] { rows.indices.map(entry(at:)) }

    public func entry(at position: Int) -> PlanEntry {
        let row = rows[position]
        return PlanEntry(
            outcome: row.outcome, via: row.via, reason: row.reason,
            onPrem: row.onPrem < 0 ? nil : onPremUsers[Int(row.onPrem)],
            cloud: row.cloud < 0 ? nil : cloudUsers[Int(row.cloud)],
            detail: row.detail < 0 ? nil : details[Int(row.detail)]
        )
    }

    /// Equal entries in the same order, whatever user lists they point into.
    public static func == (left: MatchPlan, right: MatchPlan) -> Bool {
        left.tenant == right.tenant && left.count == right.count && left.rows.indices.allSatisfy { left.entry(at: $0) == right.entry(at: $0) }
    }
}
