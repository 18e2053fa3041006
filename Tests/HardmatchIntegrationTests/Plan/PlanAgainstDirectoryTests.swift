import Foundation
import HardmatchTestSupport
import Testing

/// `hardmatch plan` against the live test DC and `samples/cloud-users.json`.
@Suite struct PlanAgainstDirectoryTests {
    let directory = TestDirectory.current

    @Test func everySampleUserGetsItsDocumentedOutcome() throws {
        let result = try CommandRunner.run(
            ["plan", "--format", "json"] + directory.connectionArguments + SamplePlan.cloudArguments,
            environment: directory.passwordEnvironment
        )
        #expect(result.status == 0, "\(result.standardError)")
        let document = try #require(try JSONSerialization.jsonObject(with: result.standardOutput) as? [String: Any])
        let entries = try #require(document["entries"] as? [[String: Any]])
        var byName: [String: [String: Any]] = [:]
        var cloudOnly = Set<String>()
        for entry in entries {
            if let onPrem = entry["onPrem"] as? [String: Any], let sam = onPrem["sAMAccountName"] as? String {
                byName[sam] = entry
            } else if let cloud = entry["cloud"] as? [String: Any], let upn = cloud["userPrincipalName"] as? String {
                cloudOnly.insert(upn)
            }
        }
        for (sam, want) in SamplePlan.expected {
            let entry = try #require(byName[sam], "\(sam) is not in the plan")
            #expect(entry["outcome"] as? String == want.outcome, "\(sam)")
            #expect(entry["via"] as? String == want.via, "\(sam)")
            #expect(entry["reason"] as? String == want.reason, "\(sam)")
            #expect((entry["cloud"] as? [String: Any])?["userPrincipalName"] as? String == want.cloudUPN, "\(sam)")
        }
        #expect(cloudOnly == SamplePlan.cloudOnlyUPNs)
        // The 30 paging users (and the DC's own accounts) have no cloud user.
        let paging = byName.filter { $0.key.hasPrefix("paging.user") }
        #expect(paging.count == 30)
        #expect(paging.values.allSatisfy { $0["outcome"] as? String == "onPremOnly" })
    }
}
