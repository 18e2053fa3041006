/// The check report as an HTML page (SPEC §8 `--format html`): counts per severity and per
/// rule as charts, findings grouped by rule, every finding in one table.
///
/// Only the mapping from a report to the shared `HTMLReport`; `HTMLPage` does the rest.
/// Values and fixes are shown quoted with invisible characters spelled out, as in the
/// terminal table: a stray zero-width space is the finding.
public enum CheckHTML {
    /// The table's columns; `severity`, `rule` and `attribute` are its filters.
    public static let columns = ["severity", "rule", "dn", "attribute", "value", "fix", "detail"]

    public static func html(_ report: CheckReport) -> [UInt8] {
        HTMLPage.html(self.report(report))
    }

    public static func report(_ report: CheckReport) -> HTMLReport {
        let rules = ruleCounts(report.findings)
        let charts = [
            HTMLChart(id: "severities", title: "Findings by severity", bars: [
                HTMLChartBar(key: "error", label: "error", count: report.errors, tone: .bad),
                HTMLChartBar(key: "warning", label: "warning", count: report.warnings, tone: .warn),
            ]),
            HTMLChart(id: "rules", title: "Findings by rule", bars: rules.map {
                HTMLChartBar(key: $0.rule, count: $0.total, tone: $0.errors > 0 ? .bad : .warn)
            }),
        ]
        return HTMLReport(
            kind: "check", title: "hardmatch check: directory data errors", headline: report.summary,
            facts: [
                HTMLFact(label: "Users checked", value: String(report.usersChecked)),
                HTMLFact(label: "Out of the sync's scope", value: String(report.systemObjectsSkipped)),
                HTMLFact(label: "Not users", value: String(report.notUsers)),
                HTMLFact(label: "Repeated entries", value: String(report.repeatedEntries)),
            ],
            actions: actions(report), charts: charts, groupsTitle: "Findings by rule",
            groups: groups(report.findings, rules: rules), noGroups: "No findings: the directory passes every check.",
            groupColumn: 1, table: table(report.findings)
        )
    }

    // MARK: - Summary

    /// Rules with their counts: those with errors first, then by count, then by name.
    static func ruleCounts(_ findings: [Finding]) -> [(rule: String, total: Int, errors: Int, fixes: Int)] {
        var counts: [String: (total: Int, errors: Int, fixes: Int)] = [:]
        for finding in findings {
            var count = counts[finding.rule, default: (0, 0, 0)]
            count.total += 1
            if finding.severity == .error { count.errors += 1 }
            if finding.fix != nil { count.fixes += 1 }
            counts[finding.rule] = count
        }
        return counts.map { (rule: $0.key, total: $0.value.total, errors: $0.value.errors, fixes: $0.value.fixes) }.sorted {
            if ($0.errors > 0) != ($1.errors > 0) { return $0.errors > 0 }
            if $0.total != $1.total { return $0.total > $1.total }
            return $0.rule < $1.rule
        }
    }

    static func actions(_ report: CheckReport) -> [String] {
        var actions: [String] = []
        if report.errors > 0 {
            actions.append("Fix the \(report.errors) error\(report.errors == 1 ? "" : "s") in Active Directory: Entra refuses these objects or values, or joins the wrong account.")
        }
        if report.warnings > 0 {
            actions.append("Review the \(report.warnings) warning\(report.warnings == 1 ? "" : "s"): the sync goes through, but something is lost or changed on the way.")
        }
        let fixes = report.findings.count { $0.fix != nil }
        if fixes > 0 {
            actions.append("\(fixes) finding\(fixes == 1 ? " has" : "s have") a suggested fix that no other user holds (the fix column).")
        }
        if report.systemObjectsSkipped > 0 {
            actions.append("\(report.systemObjectsSkipped) user\(report.systemObjectsSkipped == 1 ? " is" : "s are") out of the sync's scope and not checked (--include-system checks them).")
        }
        return actions
    }

    // MARK: - Groups

    static func groups(_ findings: [Finding], rules: [(rule: String, total: Int, errors: Int, fixes: Int)]) -> [HTMLGroup] {
        var items: [String: [String]] = [:]
        for finding in findings where items[finding.rule, default: []].count < HTMLGroup.itemLimit {
            var line = "\(finding.dn): \(finding.attribute) \(FindingTable.quoted(finding.value)): \(finding.detail)"
            if let fix = finding.fix { line += " (fix: \(FindingTable.quoted(fix)))" }
            items[finding.rule, default: []].append(line)
        }
        return rules.map { rule in
            let severity = rule.errors == rule.total ? "errors" : rule.errors == 0 ? "warnings" : "\(rule.errors) errors, \(rule.total - rule.errors) warnings"
            var remedy = "correct these values in Active Directory (\(severity))"
            remedy += rule.fixes > 0 ? "; \(rule.fixes) of them with a suggested fix that no other user holds." : "; no fix can be proposed without guessing."
            return HTMLGroup(key: rule.rule, title: rule.rule, remedy: remedy, tone: rule.errors > 0 ? .bad : .warn, total: rule.total, items: items[rule.rule] ?? [])
        }
    }

    // MARK: - Table

    static func table(_ findings: [Finding]) -> HTMLTable {
        HTMLTable(columns: columns, facets: [0, 1, 3], count: findings.count) { index in
            let finding = findings[index]
            return [
                finding.severity.rawValue, finding.rule, finding.dn, finding.attribute,
                FindingTable.quoted(finding.value), finding.fix.map(FindingTable.quoted), finding.detail,
            ]
        }
    }
}
