/// The plan as an HTML report (SPEC §8 `--format html`): the tenant and its blockers, the
/// outcome counts as a chart, conflicts grouped by reason with their remedy, every entry in
/// one table.
///
/// Only the mapping from a plan to the shared `HTMLReport`; `HTMLPage` does the rest.
public enum PlanHTML {
    /// The table's columns; `outcome`, `via` and `reason` are its filters.
    public static let columns = ["outcome", "via", "reason", "on-premises", "displayName", "cloud", "immutableId", "detail"]

    public static func write(_ plan: MatchPlan, emit: ([UInt8]) throws -> Void) rethrows {
        try HTMLPage.write(report(plan), emit: emit)
    }

    /// The whole page in one buffer (tests, small plans).
    public static func html(_ plan: MatchPlan) -> [UInt8] {
        HTMLPage.html(report(plan))
    }

    public static func report(_ plan: MatchPlan) -> HTMLReport {
        let summary = plan.summary
        var charts = [HTMLChart(id: "outcomes", title: "Entries by outcome", bars: MatchOutcome.allCases.map {
            HTMLChartBar(key: $0.rawValue, count: summary[$0], tone: tone(of: $0))
        })]
        let reasons = ConflictReason.allCases.filter { summary[$0] > 0 }
        if !reasons.isEmpty {
            charts.append(HTMLChart(id: "reasons", title: "Conflicts by reason", bars: reasons.map {
                HTMLChartBar(key: $0.rawValue, count: summary[$0], tone: .bad)
            }))
        }
        return HTMLReport(
            kind: "plan", title: "hardmatch plan: the first Entra Connect sync", headline: summary.line,
            facts: facts(plan.tenant), actions: actions(plan), charts: charts,
            groupsTitle: "Conflicts by reason", groups: groups(plan, reasons: reasons),
            noGroups: "No conflicts: no entry needs a decision.", groupColumn: 2, table: table(plan)
        )
    }

    // MARK: - Summary

    static func tone(of outcome: MatchOutcome) -> HTMLTone {
        switch outcome {
        case .anchored, .softMatch: .good
        case .setImmutableId, .onPremOnly, .cloudOnly: .neutral
        case .outOfScope: .warn
        case .conflict: .bad
        }
    }

    static func facts(_ tenant: TenantContext) -> [HTMLFact] {
        let source: HTMLFact
        switch tenant.featureSource {
        case .live: source = HTMLFact(label: "Sync features", value: "read from the tenant", tone: .good)
        case .file: source = HTMLFact(label: "Sync features", value: "from --sync-features", tone: .good)
        case .assumed: source = HTMLFact(label: "Sync features", value: "ASSUMED: Microsoft's defaults (give --sync-features or read them live)", tone: .warn)
        }
        var facts = [source]
        for flag in tenant.features.flags { facts.append(HTMLFact(label: flag.name, value: flag.value ? "true" : "false")) }
        switch tenant.roleHolders {
        case .live: facts.append(HTMLFact(label: "Role holders", value: "read live (role assignments and eligibility)", tone: .good))
        case .file: facts.append(HTMLFact(label: "Role holders", value: "from --admins"))
        case .none: facts.append(HTMLFact(label: "Role holders", value: "none given: adminRole was not checked", tone: .warn))
        }
        if !tenant.unknown.isEmpty {
            facts.append(HTMLFact(label: "Not checked", value: tenant.unknown.joined(separator: ", "), tone: .bad))
        }
        return facts
    }

    /// The steps before the sync: what the prediction rests on, the blockers, the conflicts,
    /// the writes.
    static func actions(_ plan: MatchPlan) -> [String] {
        let tenant = plan.tenant
        let summary = plan.summary
        var actions: [String] = []
        if tenant.featureSource == .assumed {
            actions.append("Confirm the tenant's sync features: this plan assumes Microsoft's defaults and is wrong if the tenant differs (plan again with --sync-features, or read them live).")
        }
        if tenant.roleHolders == .none {
            actions.append("Name the cloud administrators (--admins, or read them live): without them adminRole conflicts are not found.")
        }
        if !tenant.unknown.isEmpty {
            actions.append("Check by hand what the plan could not read: \(tenant.unknown.joined(separator: ", "))" + (tenant.roleHoldersUnknown ? " (apply refuses to write until the role holders can be read)." : "."))
        }
        for blocker in plan.blockers {
            actions.append("\(blocker.reason.rawValue) (\(blocker.users) \(blocker.users == 1 ? "entry" : "entries")): \(blocker.action).")
        }
        let tenantLevel = Set(plan.blockers.map(\.reason))
        let others = ConflictReason.allCases.filter { !tenantLevel.contains($0) }.reduce(0) { $0 + summary[$1] }
        if others > 0 {
            actions.append("Decide the \(others) other conflict\(others == 1 ? "" : "s") below, each reason with its remedy.")
        }
        if summary[.setImmutableId] > 0 {
            actions.append("Write the \(summary[.setImmutableId]) ImmutableId\(summary[.setImmutableId] == 1 ? "" : "s") the plan proposes (hardmatch apply, or the PowerShell of hardmatch script).")
        }
        if summary[.onPremOnly] > 0 {
            actions.append("Confirm that none of the \(summary[.onPremOnly]) onPremOnly users already has a cloud account: the sync creates a new one for each.")
        }
        return actions
    }

    // MARK: - Groups

    static func groups(_ plan: MatchPlan, reasons: [ConflictReason]) -> [HTMLGroup] {
        var items: [ConflictReason: [String]] = [:]
        for index in plan.rows.indices {
            guard let reason = plan.rows[index].reason, items[reason, default: []].count < HTMLGroup.itemLimit else { continue }
            items[reason, default: []].append(item(plan, at: index))
        }
        return reasons.map { reason in
            HTMLGroup(
                key: reason.rawValue, title: reason.rawValue, remedy: ConflictRemedy.remedy(for: reason), tone: .bad,
                total: plan.summary[reason], items: items[reason] ?? []
            )
        }
    }

    /// `Nina Schmidt (nina.schmidt) → nina.schmidt@contoso.com: the message`.
    static func item(_ plan: MatchPlan, at index: Int) -> String {
        let row = plan.rows[index]
        let onPrem = row.onPrem < 0 ? nil : plan.onPremUsers[Int(row.onPrem)]
        let cloud = row.cloud < 0 ? nil : plan.cloudUsers[Int(row.cloud)]
        var text = onPrem.map { user in
            let name = user.sAMAccountName ?? user.userPrincipalName ?? user.dn
            return user.displayName.map { "\($0) (\(name))" } ?? name
        } ?? "(no on-premises user)"
        if let cloud { text += " → " + (cloud.userPrincipalName ?? cloud.id) }
        if row.detail >= 0 { text += ": " + plan.details[Int(row.detail)].message }
        return text
    }

    // MARK: - Table

    static func table(_ plan: MatchPlan) -> HTMLTable {
        HTMLTable(columns: columns, facets: [0, 1, 2], count: plan.count) { index in
            let row = plan.rows[index]
            let onPrem = row.onPrem < 0 ? nil : plan.onPremUsers[Int(row.onPrem)]
            let cloud = row.cloud < 0 ? nil : plan.cloudUsers[Int(row.cloud)]
            return [
                row.outcome.rawValue, row.via?.rawValue, row.reason?.rawValue ?? onPrem?.outOfScope?.rawValue,
                onPrem.map { $0.sAMAccountName ?? $0.userPrincipalName ?? $0.dn },
                onPrem?.displayName ?? cloud?.displayName,
                cloud.map { $0.userPrincipalName ?? $0.id },
                onPrem?.sourceAnchor.string,
                row.detail < 0 ? nil : plan.details[Int(row.detail)].message,
            ]
        }
    }
}
