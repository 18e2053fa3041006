@testable import HardmatchCore
import Testing

/// The plan's mapping onto the HTML page: the counts, the groups, the steps before the sync.
@Suite struct PlanHTMLTests {
    static func user(_ sam: String, byte: UInt8, displayName: String? = nil) -> OnPremUser {
        var user = OnPremUser(dn: "CN=\(sam),DC=contoso,DC=com", objectGUID: try! ObjectGUID(rawBytes: [UInt8](repeating: byte, count: 16)))
        user.sAMAccountName = sam
        user.displayName = displayName
        return user
    }

    static let plan = MatchPlan(entries: [
        PlanEntry(outcome: .onPremOnly, onPrem: user("a", byte: 1, displayName: "<script>alert(1)</script>")),
        PlanEntry(outcome: .conflict, reason: .adminRole, onPrem: user("b", byte: 2), detail: ConflictDetail(message: "holds a role")),
        PlanEntry(outcome: .conflict, reason: .guest, onPrem: user("c", byte: 3), detail: ConflictDetail(message: "a guest")),
    ])

    @Test func chartsAndGroupsCountTheSummary() {
        let report = PlanHTML.report(Self.plan)
        let outcomes = Dictionary(uniqueKeysWithValues: report.charts[0].bars.map { ($0.key, $0.count) })
        #expect(outcomes == Dictionary(uniqueKeysWithValues: MatchOutcome.allCases.map { ($0.rawValue, Self.plan.summary[$0]) }))
        #expect(report.charts[1].bars.map(\.key) == ["guest", "adminRole"])
        #expect(report.groups.map(\.key) == ["guest", "adminRole"])
        #expect(report.groups[0].remedy == ConflictRemedy.remedy(for: .guest))
        #expect(report.groups[1].items == ["b: holds a role"])
        #expect(report.table.count == 3)
        #expect(report.table.row(0)[4] == "<script>alert(1)</script>")
    }

    @Test func theStepsBeforeTheSyncNameTheBlockersAndWhatWasAssumed() {
        let actions = PlanHTML.actions(Self.plan)
        #expect(actions.contains { $0.hasPrefix("Confirm the tenant's sync features") })
        #expect(actions.contains { $0.hasPrefix("adminRole (1 entry): note the Entra roles") })
        #expect(actions.contains { $0.hasPrefix("Decide the 1 other conflict below") })
        #expect(PlanHTML.facts(Self.plan.tenant).first?.tone == .warn)
    }

    @Test func everyReasonHasARemedy() {
        for reason in ConflictReason.allCases {
            #expect(ConflictRemedy.remedy(for: reason).count > 20, "\(reason)")
            #expect(ConflictRemedy.remedy(for: reason) != "see the step before the sync above.", "\(reason)")
        }
    }

    @Test func theScriptNeverWritesMarkupFromData() {
        #expect(!HTMLPageScript.source.contains("innerHTML"))
        #expect(!HTMLPageScript.source.contains("insertAdjacentHTML"))
        #expect(!HTMLPageScript.source.contains("document.write"))
    }
}
