@testable import HardmatchCore
import Testing

/// `verify`'s mapping onto the HTML page: the counts, the groups by status with their
/// remedy, and hostile values passed through as data for the page to escape.
@Suite struct VerifyHTMLTests {
    static let hostile = "\"><img src=x onerror=alert(1)>"

    static func result(_ status: VerifyStatus, _ sam: String, detail: String = "the detail", errors: [ProvisioningError] = []) -> VerifyResult {
        VerifyResult(
            status: status, detail: detail,
            onPrem: PlannedOnPrem(dn: "CN=\(sam)", sAMAccountName: sam, sourceAnchor: "anchor-\(sam)"),
            cloud: CloudSnapshot(CloudUser(id: "id-\(sam)", userPrincipalName: "\(sam)@contoso.com")),
            anchorHolder: nil, errors: errors
        )
    }

    static let report = VerifyReport(results: [
        result(.asPlanned, "a"),
        result(.asPlanned, "b"),
        result(.duplicated, hostile, detail: "one person, two accounts: <script>alert(1)</script>"),
        result(.syncError, "d", errors: [ProvisioningError(category: "PropertyConflict", propertyCausingError: "ProxyAddresses", value: "smtp:d@contoso.com")]),
        result(.notSyncedYet, "e"),
    ])

    @Test func theChartIsTheSummary() {
        let page = VerifyHTML.report(Self.report)
        #expect(page.kind == "verify")
        #expect(page.charts.count == 1)
        #expect(page.charts[0].bars.map(\.key) == VerifyStatus.allCases.map(\.rawValue))
        #expect(page.charts[0].bars.map(\.count) == Self.report.summary.map(\.count))
        #expect(page.charts[0].bars.map(\.count) == [2, 1, 1, 1, 0])
        #expect(page.headline == Self.report.summaryLine)
        #expect(page.table.count == 5)
        #expect(page.groupColumn == 0)
        #expect(page.table.facets == [0])
    }

    @Test func groupsAreTheStatusesThatNeedAPersonEachWithItsRemedy() {
        let page = VerifyHTML.report(Self.report)
        #expect(page.groups.map(\.key) == ["notSyncedYet", "duplicated", "syncError"])
        #expect(page.groups.map(\.total) == [1, 1, 1])
        for group in page.groups {
            #expect(group.remedy == VerifyHTML.remedy(for: VerifyStatus(rawValue: group.key)!))
        }
        #expect(page.groups[1].tone == .bad)
        #expect(page.groups[0].tone == .warn)
        #expect(page.actions.count == 3)
        #expect(page.actions[1].hasPrefix("duplicated (1 entry): One person, two accounts: move anything"))
        #expect(page.table.row(3)[5] == ProvisioningError(category: "PropertyConflict", propertyCausingError: "ProxyAddresses", value: "smtp:d@contoso.com").summary)
    }

    @Test func everyStatusHasARemedyAndAllAsPlannedHasNoGroups() {
        for status in VerifyStatus.allCases { #expect(VerifyHTML.remedy(for: status).count > 20) }
        let page = VerifyHTML.report(VerifyReport(results: [Self.result(.asPlanned, "a")]))
        #expect(page.groups.isEmpty)
        #expect(page.actions.isEmpty)
        #expect(page.facts.last?.tone == .good)
    }

    @Test func factsSayWhatWasReadAndWhen() {
        let page = VerifyHTML.report(Self.report, source: .init(cloudUsers: "read live from Microsoft Graph", count: 12, readAt: "2026-12-06T02:40:00Z"))
        #expect(page.facts.contains(HTMLFact(label: "Cloud users", value: "12 cloud users read live from Microsoft Graph")))
        #expect(page.facts.contains(HTMLFact(label: "Read at", value: "2026-12-06T02:40:00Z")))
        let files = VerifyHTML.report(Self.report, source: .init(cloudUsers: "from 1 file given with --cloud", count: 3))
        #expect(files.facts.contains { $0.label == "Read at" && $0.tone == .warn })
    }

    @Test func hostileValuesAreEscapedOnThePage() {
        let page = String(decoding: VerifyHTML.html(Self.report), as: UTF8.self)
        #expect(!page.contains(Self.hostile))
        #expect(!page.contains("<img"))
        #expect(!page.contains("<script>alert(1)</script>"))
        #expect(page.contains("&lt;img src=x onerror=alert(1)&gt;") || page.contains("\\u003cimg src=x onerror=alert(1)\\u003e"))
        #expect(page.contains("<h3>After the sync, a person must</h3>"))
        #expect(!page.contains("Before the sync"))
        #expect(VerifyHTML.report(Self.report).table.row(2)[1] == Self.hostile, "the table holds the value; the page escapes it")
    }
}
