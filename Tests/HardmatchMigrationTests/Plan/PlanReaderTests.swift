import Foundation
import HardmatchMigration
import HardmatchTestSupport
import Testing

/// Reading plans: tolerant of what apply does not use, strict about what it does.
@Suite struct PlanReaderTests {
    private func parse(_ text: String) throws(PlanError) -> [PlannedWrite] {
        try PlanReader.parse(Data(text.utf8), path: "plan.json")
    }

    @Test func onlySetImmutableIdEntriesWithTheirPlannedCloudState() throws {
        let writes = try PlanReader.parse(GraphFixtures.plan(1...3), path: "plan.json")
        #expect(writes.map(\.cloudID) == (1...3).map(GraphFixtures.cloudID))
        #expect(writes[1].immutableID == GraphFixtures.anchor(2))
        #expect(writes[1].plannedImmutableID == nil)
        #expect(writes[1].plannedSyncEnabled == .value(nil))
        #expect(writes[1].plannedUserType == .value("Member"))
        #expect(writes[1].onPremDN == "CN=User 2,OU=Staff,DC=corp,DC=example")
    }

    @Test func keysInAnyOrderAndUnknownKeysAreFine() throws {
        let writes = try parse(#"{"extra": 1, "entries": [{"cloud": {"userType": null, "onPremisesImmutableId": null, "id": "c1", "new": []}, "immutableId": "4WXSe+OMM0WUYfwqv5kYoA==", "outcome": "setImmutableId"}]}"#)
        #expect(writes == [PlannedWrite(cloudID: "c1", cloudUserPrincipalName: nil, onPremDN: nil, immutableID: "4WXSe+OMM0WUYfwqv5kYoA==",
                                        plannedImmutableID: nil, plannedSyncEnabled: .notRecorded, plannedUserType: .value(nil))])
    }

    @Test func whatAWriteNeedsIsRequired() {
        let anchor = "4WXSe+OMM0WUYfwqv5kYoA=="
        #expect(throws: PlanError.notJSON(path: "plan.json")) { try parse("{") }
        #expect(throws: PlanError.notAPlan(path: "plan.json", reason: "there is no \"entries\" array")) { try parse("{}") }
        #expect(throws: PlanError.invalidEntry(path: "plan.json", entry: 1, reason: "a setImmutableId entry needs an \"immutableId\" string")) {
            try parse(#"{"entries": [{"outcome": "setImmutableId", "cloud": {"id": "c", "onPremisesImmutableId": null}}]}"#)
        }
        #expect(throws: PlanError.invalidEntry(path: "plan.json", entry: 1, reason: "cloud.onPremisesImmutableId is missing: without it the cloud user's state cannot be checked before the write")) {
            try parse(#"{"entries": [{"outcome": "setImmutableId", "immutableId": "\#(anchor)", "cloud": {"id": "c"}}]}"#)
        }
        #expect(throws: PlanError.invalidEntry(path: "plan.json", entry: 1, reason: "cloud.onPremisesSyncEnabled is a string, not a boolean or null")) {
            try parse(#"{"entries": [{"outcome": "setImmutableId", "immutableId": "\#(anchor)", "cloud": {"id": "c", "onPremisesImmutableId": null, "onPremisesSyncEnabled": "no"}}]}"#)
        }
    }

    @Test func aNonCanonicalAnchorIsRefusedWithTheIdentifierError() {
        do {
            _ = try parse(#"{"entries": [{"outcome": "setImmutableId", "immutableId": "4WXSe+OMM0WUYfwqv5kYoB==", "cloud": {"id": "c", "onPremisesImmutableId": null}}]}"#)
            Issue.record("expected an error")
        } catch {
            #expect(error.description.hasPrefix("plan.json entry 1: immutableId: "))
            #expect(error.description.contains("4WXSe+OMM0WUYfwqv5kYoB=="))
        }
    }

    @Test func twoWritesToOneUserOrOfOneAnchorAreRefused() {
        let entry = { (id: String, anchor: String) in
            #"{"outcome": "setImmutableId", "immutableId": "\#(anchor)", "cloud": {"id": "\#(id)", "onPremisesImmutableId": null}}"#
        }
        #expect(throws: PlanError.duplicate(path: "plan.json", what: "to cloud user", value: "c", entries: [1, 3])) {
            try parse(#"{"entries": [\#(entry("c", GraphFixtures.anchor(1))), \#(entry("d", GraphFixtures.anchor(2))), \#(entry("c", GraphFixtures.anchor(3)))]}"#)
        }
        #expect(throws: PlanError.duplicate(path: "plan.json", what: "the ImmutableId", value: GraphFixtures.anchor(1), entries: [1, 2])) {
            try parse(#"{"entries": [\#(entry("c", GraphFixtures.anchor(1))), \#(entry("d", GraphFixtures.anchor(1)))]}"#)
        }
    }

    @Test func arbitraryBytesNeverCrash() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<200 {
            let bytes = (0..<Int.random(in: 0...300, using: &generator)).map { _ in UInt8.random(in: 0...255, using: &generator) }
            _ = try? PlanReader.parse(Data(bytes), path: "x")
        }
        #expect(throws: PlanError.notJSON(path: "x")) {
            try PlanReader.parse(Data(String(repeating: "[", count: 200_000).utf8), path: "x")
        }
        #expect(throws: PlanError.notJSON(path: "x")) {
            try PlanReader.parse(Data(#"{"entries": ["\ud800"]}"#.utf8), path: "x")
        }
        let plan = GraphFixtures.plan(1...3)
        for cut in stride(from: 0, to: plan.count, by: 7) {
            _ = try? PlanReader.parse(plan.prefix(cut), path: "x")
        }
    }
}
