import Foundation
import HardmatchCore
import Testing

/// The plan's JSON is exactly the shape of SPEC §5 and `docs/plan-format.md`.
@Suite struct PlanFormatTests {
    static let plan = PlanBuilder(
        onPrem: [Fixture.onPrem("ann", 1), Fixture.onPrem("bea", 2)],
        cloud: [
            Fixture.cloud("c-ann", upn: "ann@contoso.onmicrosoft.com"),
            Fixture.cloud("c-bea", upn: "bea@contoso.com", anchor: Fixture.anchor(7), synced: false),
            Fixture.cloud("c-lone", upn: "lone@contoso.com"),
        ]
    ).build()

    @Test func jsonHasTheDocumentedKeysInOrder() throws {
        let bytes = PlanFormat.json(Self.plan)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
        let summary = try #require(document["summary"] as? [String: Int])
        #expect(summary == ["anchored": 0, "softMatch": 0, "setImmutableId": 1, "conflict": 1, "onPremOnly": 0, "cloudOnly": 1, "outOfScope": 0])
        let entries = try #require(document["entries"] as? [[String: Any]])
        #expect(entries.count == 3)
        let ann = entries[0]
        #expect(ann["outcome"] as? String == "setImmutableId")
        #expect(ann["via"] as? String == "upnLocalPart")
        #expect(ann["reason"] is NSNull)
        #expect(ann["immutableId"] as? String == Fixture.anchor(1))
        let onPrem = try #require(ann["onPrem"] as? [String: Any])
        #expect(Set(onPrem.keys) == ["dn", "objectGUID", "userPrincipalName", "sAMAccountName", "sourceAnchor", "primarySmtp"])
        let cloud = try #require(ann["cloud"] as? [String: Any])
        #expect(Set(cloud.keys) == ["id", "userPrincipalName", "mail", "onPremisesImmutableId", "onPremisesSyncEnabled", "userType", "onPremisesObjectIdentifier", "onPremisesSyncBehavior"])
        #expect(ann["detail"] is NSNull)

        let bea = entries[1]
        #expect(bea["reason"] as? String == "anchorMismatch")
        let detail = try #require(bea["detail"] as? [String: Any])
        #expect(detail["message"] is String)
        #expect(detail["cloudAnchorExistsOnPrem"] as? Bool == false)
        #expect(entries[2]["onPrem"] is NSNull)
        #expect(entries[2]["immutableId"] is NSNull)

        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.hasPrefix(#"{"tenant":{"source":"assumed","#))
        #expect(text.contains(#""blockers":[]},"# + "\n" + #""summary":{"anchored":0,"softMatch":0,"setImmutableId":1,"conflict":1,"onPremOnly":0,"cloudOnly":1,"outOfScope":0},"#))
        #expect(text.contains(#"{"outcome":"setImmutableId","via":"upnLocalPart","reason":null,"immutableId":""#))
    }

    @Test func csvHasOneRowPerEntryAfterTheHeader() {
        var bytes: [UInt8] = []
        PlanFormat.writeCSV(Self.plan) { bytes += $0 }
        let rows = String(decoding: bytes, as: UTF8.self).split(separator: "\r\n")
        #expect(rows.count == 4)
        #expect(rows[0] == Substring(PlanFormat.csvColumns.joined(separator: ",")))
        #expect(rows[1].hasPrefix("setImmutableId,upnLocalPart,,\(Fixture.anchor(1)),"))
        #expect(rows[3].hasPrefix("cloudOnly,,,,,,,,,,c-lone,lone@contoso.com,"))
    }

    @Test func tableSaysTheCountsOnceOnStandardErrorNotInTheTable() {
        var bytes: [UInt8] = []
        PlanFormat.writeTable(Self.plan) { bytes += $0 }
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(!text.contains(Self.plan.summary.line))
        #expect(text.contains("anchorMismatch"))
    }

    @Test func tableIsInTheOrderOfTheNamesShown() {
        var li = Fixture.onPrem("li.lei", 3)
        li.dn = "CN=Zz Lei,OU=Zeta,DC=contoso,DC=com"
        let plan = PlanBuilder(onPrem: [Fixture.onPrem("zoe.odegard", 1), li, Fixture.onPrem("Bob", 2)], cloud: [Fixture.cloud("c-x", upn: "x@contoso.com")]).build()
        var bytes: [UInt8] = []
        PlanFormat.writeTable(plan) { bytes += $0 }
        let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n")
        let names = ["Bob", "li.lei", "zoe.odegard", "x@contoso.com"].map { name in lines.firstIndex { $0.contains(name) } ?? -1 }
        #expect(names.allSatisfy { $0 >= 0 })
        #expect(names == names.sorted())
    }
}
