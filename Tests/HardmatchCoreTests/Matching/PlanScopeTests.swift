import Foundation
import HardmatchCore
import Testing

/// Users Entra Connect's default rules never synchronise (SPEC §3, §5): `outOfScope`, with
/// the rule as the reason, paired with nobody and clashing with nobody.
@Suite struct PlanScopeTests {
    static let krbtgt = Fixture.onPrem("krbtgt", 9, upn: "ann@contoso.com", outOfScope: .isCriticalSystemObject)

    static let plan = PlanBuilder(
        onPrem: [Fixture.onPrem("ann", 1), krbtgt],
        cloud: [
            Fixture.cloud("c-ann", upn: "ann@contoso.com"),
            // Would be krbtgt's hard match if the sync took it.
            Fixture.cloud("c-krb", upn: "krbtgt@contoso.onmicrosoft.com", anchor: Fixture.anchor(9)),
        ]
    ).build()

    @Test func anOutOfScopeUserIsPairedWithNobody() throws {
        let entry = try #require(Self.plan.entry("krbtgt"))
        #expect(entry.outcome == .outOfScope)
        #expect(entry.via == nil)
        #expect(entry.cloud == nil)
        #expect(entry.detail == nil)
        // Its would-be hard match is listed on its own: nothing will join it.
        #expect(Self.plan.cloudOnly("c-krb")?.outcome == .cloudOnly)
        #expect(Self.plan.summary[.outOfScope] == 1)
        #expect(Self.plan.summary[.cloudOnly] == 1)
    }

    @Test func anOutOfScopeUserMakesNoOtherUserADuplicate() throws {
        // krbtgt holds ann's UPN, which in scope would be duplicateOnPrem for both.
        let ann = try #require(Self.plan.entry("ann"))
        #expect(ann.outcome == .softMatch)
        #expect(ann.cloud?.id == "c-ann")
    }

    @Test func everyFormatGivesTheRuleAsTheReason() throws {
        let document = try #require(try JSONSerialization.jsonObject(with: Data(PlanFormat.json(Self.plan))) as? [String: Any])
        #expect((document["summary"] as? [String: Int])?["outOfScope"] == 1)
        let entries = try #require(document["entries"] as? [[String: Any]])
        let krbtgt = try #require(entries.first { ($0["onPrem"] as? [String: Any])?["sAMAccountName"] as? String == "krbtgt" })
        #expect(krbtgt["outcome"] as? String == "outOfScope")
        #expect(krbtgt["reason"] as? String == "isCriticalSystemObject")
        #expect(krbtgt["via"] is NSNull)
        #expect(krbtgt["cloud"] is NSNull)
        #expect(krbtgt["immutableId"] as? String == Fixture.anchor(9))

        var csv: [UInt8] = []
        PlanFormat.writeCSV(Self.plan) { csv += $0 }
        #expect(String(decoding: csv, as: UTF8.self).contains("\r\noutOfScope,,isCriticalSystemObject,\(Fixture.anchor(9)),\"CN=krbtgt,"))

        var table: [UInt8] = []
        PlanFormat.writeTable(Self.plan) { table += $0 }
        let line = try #require(String(decoding: table, as: UTF8.self).split(separator: "\n").first { $0.hasPrefix("outOfScope") })
        #expect(line.contains("isCriticalSystemObject"))
        #expect(line.contains("krbtgt"))
    }

    @Test func aMappingRowDoesNotBringAnOutOfScopeUserIn() throws {
        let plan = PlanBuilder(
            onPrem: [Self.krbtgt],
            cloud: [Fixture.cloud("c-any", upn: "someone@contoso.com")],
            pairings: [Pairing(onPrem: 0, cloud: 0)]
        ).build()
        #expect(plan.entry("krbtgt")?.outcome == .outOfScope)
        #expect(plan.cloudOnly("c-any") != nil)
    }
}
