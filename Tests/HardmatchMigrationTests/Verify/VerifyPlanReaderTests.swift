import Foundation
import HardmatchCore
import HardmatchMigration
import HardmatchTestSupport
import Testing

/// `VerifyPlanReader` and the read rule of `VerifyReadStrategy`.
@Suite struct VerifyPlanReaderTests {
    @Test func everyEntryIsReadWithItsAnchorAndPlannedCloudState() throws {
        let entries = try VerifyPlanReader.parse(GraphFixtures.plan(1...3), path: "plan.json")
        #expect(entries.count == 4)
        #expect(entries[0].outcome == .setImmutableId)
        #expect(entries[0].anchor == GraphFixtures.anchor(1))
        #expect(entries[0].cloud == PlannedCloud(id: GraphFixtures.cloudID(1), userPrincipalName: "user1@contoso.onmicrosoft.com"))
        #expect(entries[3].outcome == .cloudOnly && entries[3].onPrem == nil)
    }

    @Test func whatIsNotAPlanIsRefusedWithTheEntry() {
        func error(_ text: String) -> String {
            do {
                _ = try VerifyPlanReader.parse(Data(text.utf8), path: "p.json")
                return ""
            } catch {
                return error.description
            }
        }
        #expect(error("hello") == "p.json is not JSON: give the output of hardmatch plan --format json")
        #expect(error("[]") == "p.json is not a hardmatch plan: the document is an array, not an object with \"entries\"")
        #expect(error(#"{"entries": [{"outcome": "maybe"}]}"#).hasPrefix("p.json entry 1: outcome \"maybe\" is none of anchored"))
        #expect(error(#"{"entries": [{"outcome": "softMatch", "onPrem": {"sourceAnchor": "x"}}]}"#) == "p.json entry 1: a softMatch entry needs a \"cloud\" object")
        #expect(error(#"{"entries": [{"outcome": "onPremOnly", "onPrem": 5}]}"#) == "p.json entry 1: onPrem is a number, not an object or null")
    }

    @Test func aSmallPlanReadsByIdAndALargeOneLists() throws {
        let small = try VerifyPlanReader.parse(GraphFixtures.plan(1...9), path: "p")
        // 10 cloud ids + 9 anchors = 19 reads: one batch, and one page: a tie goes to $batch.
        #expect(VerifyReadStrategy.requests(for: small) == (1, 1))
        #expect(VerifyReadStrategy.choose(for: small) == .batch)
        let large = try VerifyPlanReader.parse(GraphFixtures.plan(1...30), path: "p")
        #expect(VerifyReadStrategy.requests(for: large) == (4, 1))
        #expect(VerifyReadStrategy.choose(for: large) == .list)
        let pilot = Array(repeating: PlannedEntry(outcome: .onPremOnly, onPrem: PlannedOnPrem(sourceAnchor: "a")), count: 2000)
        // One distinct anchor, 2000 new users: one batch against three pages.
        #expect(VerifyReadStrategy.choose(for: pilot) == .batch)
    }
}
