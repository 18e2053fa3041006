/// `verify`'s report as an HTML page (SPEC §7a, §8 `--format html`): the counts per status
/// as a chart, what was read and when, what to do about each status that is not
/// `asPlanned`, the entries grouped by status with their remedy, every entry in one table.
///
/// Only the mapping from a `VerifyReport` to the shared `HTMLReport`; `HTMLPage` does the
/// rest (layout, chart, escaping, the table's script).
public enum VerifyHTML {
    /// The table's columns; `status` is its filter and the groups' column.
    public static let columns = ["status", "on-premises", "cloud", "cloud synced", "anchor holder", "errors", "detail"]

    /// What the page says about where the cloud users came from and when they were read.
    public struct Source: Sendable, Equatable {
        /// `read live from Microsoft Graph (...)`, `from 2 --cloud files`.
        public var cloudUsers: String
        /// How many cloud users were read.
        public var count: Int?
        /// When they were read (ISO 8601); nil when unknown (an export's date is not in it).
        public var readAt: String?

        public init(cloudUsers: String, count: Int? = nil, readAt: String? = nil) {
            self.cloudUsers = cloudUsers
            self.count = count
            self.readAt = readAt
        }
    }

    /// The whole page in one buffer.
    public static func html(_ report: VerifyReport, source: Source? = nil) -> [UInt8] {
        HTMLPage.html(self.report(report, source: source))
    }

    public static func report(_ report: VerifyReport, source: Source? = nil) -> HTMLReport {
        let summary = report.summary
        let chart = HTMLChart(id: "statuses", title: "Entries by status", bars: summary.map {
            HTMLChartBar(key: $0.status.rawValue, count: $0.count, tone: tone(of: $0.status))
        })
        let attention = summary.filter { $0.status != .asPlanned && $0.count > 0 }
        var page = HTMLReport(
            kind: "verify", title: "hardmatch verify: what the first Entra Connect sync did", headline: report.summaryLine,
            facts: facts(report, source: source), actions: attention.map { "\($0.status.rawValue) (\($0.count) \($0.count == 1 ? "entry" : "entries")): \(remedy(for: $0.status))" },
            charts: [chart], groupsTitle: "Entries that need a person, by status", groups: groups(report, statuses: attention.map(\.status)),
            noGroups: "Every entry is asPlanned: the sync did what the plan said.", groupColumn: 0, table: table(report)
        )
        page.overviewTitle = "What the sync did"
        page.actionsTitle = "After the sync, a person must"
        page.noActions = "nothing: every entry is as the plan said."
        return page
    }

    static func tone(of status: VerifyStatus) -> HTMLTone {
        switch status {
        case .asPlanned: .good
        case .notSyncedYet: .warn
        case .duplicated, .syncError, .unexpected: .bad
        }
    }

    /// The same remedies as the status table of docs/commands.md's `verify` section.
    public static func remedy(for status: VerifyStatus) -> String {
        switch status {
        case .asPlanned:
            "Nothing (a conflict still needs the person the plan asked for)."
        case .notSyncedYet:
            "Run hardmatch apply if the detail says so, then a sync cycle (Start-ADSyncSyncCycle); still there after a full sync: check the user is in the sync scope."
        case .duplicated:
            "One person, two accounts: move anything the person already uses to the right account, delete the duplicate, write the anchor to the planned user (a new plan, hardmatch apply) and sync again."
        case .syncError:
            "Fix the value on-premises (or on the object that already holds it; hardmatch check finds duplicates), then let the next sync run."
        case .unexpected:
            "Read the detail; compare both sides with the directory before undoing a join."
        }
    }

    static func facts(_ report: VerifyReport, source: Source?) -> [HTMLFact] {
        var facts = [HTMLFact(label: "Plan entries", value: String(report.results.count))]
        if let source {
            let count = source.count.map { "\($0) cloud user\($0 == 1 ? "" : "s") " } ?? "Cloud users "
            facts.append(HTMLFact(label: "Cloud users", value: count + source.cloudUsers))
            facts.append(HTMLFact(label: "Read at", value: source.readAt ?? "unknown", tone: source.readAt == nil ? .warn : .neutral))
        }
        facts.append(HTMLFact(
            label: "Result", value: report.allAsPlanned ? "every entry asPlanned" : "not every entry asPlanned (exit status 3)",
            tone: report.allAsPlanned ? .good : .bad
        ))
        return facts
    }

    // MARK: - Groups

    static func groups(_ report: VerifyReport, statuses: [VerifyStatus]) -> [HTMLGroup] {
        var items: [VerifyStatus: [String]] = [:]
        var totals: [VerifyStatus: Int] = [:]
        for result in report.results {
            totals[result.status, default: 0] += 1
            if items[result.status, default: []].count < HTMLGroup.itemLimit { items[result.status, default: []].append(item(result)) }
        }
        return statuses.map { status in
            HTMLGroup(
                key: status.rawValue, title: status.rawValue, remedy: remedy(for: status), tone: tone(of: status),
                total: totals[status] ?? 0, items: items[status] ?? []
            )
        }
    }

    /// `nina.schmidt → nina.schmidt@contoso.com: the detail`.
    static func item(_ result: VerifyResult) -> String {
        var text = result.onPrem?.name ?? "(no on-premises user)"
        if let cloud = result.cloud ?? result.anchorHolder { text += " → " + (cloud.userPrincipalName ?? cloud.id) }
        return text + ": " + result.detail
    }

    // MARK: - Table

    static func table(_ report: VerifyReport) -> HTMLTable {
        let results = report.results
        return HTMLTable(columns: columns, facets: [0], count: results.count) { index in
            let result = results[index]
            return [
                result.status.rawValue,
                result.onPrem?.name,
                result.cloud.map { ($0.userPrincipalName ?? $0.id) + ($0.exists ? "" : " (gone)") },
                result.cloud.flatMap { $0.onPremisesSyncEnabled.map { $0 ? "true" : "false" } },
                result.anchorHolder.map { $0.userPrincipalName ?? $0.id },
                result.errors.isEmpty ? nil : result.errors.map(\.summary).joined(separator: "; "),
                result.detail,
            ]
        }
    }
}
