import Foundation
import HardmatchTestSupport
import Testing

/// `hardmatch plan` reading the cloud users live from a Graph-shaped server instead of files.
@Suite struct PlanFromGraphTests {
    /// The sample export's users, served by the local Graph, with the sample admins in a role.
    private func sampleGraph(arguments: [String] = []) throws -> GraphServer {
        let page = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: repositoryRoot.appendingPathComponent("samples/cloud-users.json"))) as? [String: Any])
        let users = try #require(page["value"] as? [[String: Any]])
        let adminUPN = "henry.clark@contoso.com"
        let adminIds = ["a34efdc4-85b7-5e31-8a9c-424971cb705a"] + users.filter { ($0["userPrincipalName"] as? String) == adminUPN }.compactMap { $0["id"] as? String }
        return try GraphServer(users: users, roles: ["Global Administrator": adminIds], arguments: arguments)
    }

    @Test func aLivePlanEqualsThePlanFromTheExport() throws {
        let server = try sampleGraph(arguments: ["--page-size", "5"])
        defer { server.stop() }
        let export = try SamplePlan.onPremExport()
        let fromFiles = try CommandRunner.run(
            ["plan", "--ldif", "-", "--cloud", repositoryRoot.appendingPathComponent("samples/cloud-users.json").path,
             "--admins", repositoryRoot.appendingPathComponent("samples/admins.txt").path, "--format", "json"],
            input: Data(export.utf8)
        )
        let live = try CommandRunner.run(["plan", "--ldif", "-", "--format", "json"] + server.arguments, input: Data(export.utf8), environment: server.environment)
        #expect(fromFiles.status == 0, "\(fromFiles.standardError)")
        #expect(live.status == 0, "\(live.standardError)")
        #expect(live.standardOutput.count > 1000)
        // The same entries; the tenant says where each came from.
        let (liveTenant, liveEntries) = try Self.document(live.standardOutput)
        let (fileTenant, fileEntries) = try Self.document(fromFiles.standardOutput)
        #expect(liveEntries == fileEntries)
        #expect(liveTenant["roleHolders"] as? String == "live")
        #expect(fileTenant["roleHolders"] as? String == "file")
        #expect(liveTenant["unknown"] as? [String] == [])
        #expect(fileTenant["unknown"] as? [String] == ["onPremisesObjectIdentifier", "onPremisesSyncBehavior"])
        // The test server refuses the features, as Graph does for app-only credentials.
        #expect(liveTenant["source"] as? String == "assumed")
        #expect(live.errorLines.contains { $0.hasPrefix("warning: cannot read the tenant's sync features") && $0.contains("--sync-features") })
        // Five users a page: the client followed every nextLink.
        #expect(try server.httpCount("GET /v1.0/users") >= 4)
    }

    /// The tenant object and each entry as outcome, via, reason, DN and cloud id.
    static func document(_ data: Data) throws -> ([String: Any], [String]) {
        let document = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let entries = try #require(document["entries"] as? [[String: Any]]).map { entry in
            [entry["outcome"], entry["via"], entry["reason"], (entry["onPrem"] as? [String: Any])?["dn"], (entry["cloud"] as? [String: Any])?["id"]]
                .map { ($0 as? String) ?? "-" }.joined(separator: "|")
        }
        return (try #require(document["tenant"] as? [String: Any]), entries)
    }

    @Test func aHardenedTenantLiveNamesItsBlockersAndApplyRefusesUnknownRoleHolders() throws {
        let page = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: repositoryRoot.appendingPathComponent("samples/cloud-users.json"))) as? [String: Any])
        var users = try #require(page["value"] as? [[String: Any]])
        func user(_ upn: String) -> Int? { users.firstIndex { ($0["userPrincipalName"] as? String) == upn } }
        let bob = try #require(user("bjones@contoso.onmicrosoft.com"))
        let david = try #require(user("david.brown@contoso.onmicrosoft.com"))
        let carol = try #require(user("carol.white@contoso.com"))
        users[bob]["isCloudManaged"] = true
        users[david]["onPremisesObjectIdentifier"] = "00000000-0000-0000-0000-000000000001"
        let carolID = try #require(users[carol]["id"] as? String)
        let server = try GraphServer(
            users: users, roles: ["Helpdesk Administrator": ["admins-group"]], groups: ["admins-group": [carolID]],
            features: ["blockSoftMatchEnabled": true, "blockCloudObjectTakeoverThroughHardMatchEnabled": true,
                       "softMatchOnUpnEnabled": true, "allowOnPremUpdateOfOnPremisesObjectIdentifierEnabled": false],
            forbidden: ["/v1.0/roleManagement/directory/roleEligibilitySchedules"]
        )
        defer { server.stop() }
        let result = try CommandRunner.run(["plan", "--ldif", "-", "--format", "json"] + server.arguments, input: Data(try SamplePlan.onPremExport().utf8), environment: server.environment)
        #expect(result.status == 0, "\(result.standardError)")
        let document = try #require(try JSONSerialization.jsonObject(with: result.standardOutput) as? [String: Any])
        let tenant = try #require(document["tenant"] as? [String: Any])
        #expect(tenant["source"] as? String == "live")
        #expect(tenant["unknown"] as? [String] == ["roleEligibilitySchedules"])
        let blockers = try #require(tenant["blockers"] as? [[String: Any]])
        #expect(blockers.map { $0["reason"] as? String } == ["hardMatchBlocked", "adminRole", "cloudManaged", "objectIdentifierMapped"])
        #expect(result.errorLines.contains { $0.hasPrefix("warning: cannot read roleEligibilitySchedules") })
        let entries = try #require(document["entries"] as? [[String: Any]])
        func reason(_ sam: String) -> String? {
            entries.first { ($0["onPrem"] as? [String: Any])?["sAMAccountName"] as? String == sam }?["reason"] as? String
        }
        #expect(reason("alice.smith") == "hardMatchBlocked")
        #expect(reason("bob.jones") == "cloudManaged")
        #expect(reason("carol.white") == "adminRole")
        #expect(reason("david.brown") == "objectIdentifierMapped")
        #expect(!entries.contains { $0["outcome"] as? String == "softMatch" || $0["outcome"] as? String == "setImmutableId" || $0["outcome"] as? String == "anchored" })

        let folder = try ScratchFolder()
        let plan = try folder.write("plan.json", result.standardOutput)
        let apply = try CommandRunner.run(["apply", plan] + server.arguments, environment: server.environment)
        #expect(apply.status != 0)
        #expect(apply.errorLines.last?.contains("role holders are unknown (roleEligibilitySchedules") == true)
    }

    @Test func cloudFilesAndGraphCredentialsTogetherAreAUsageError() throws {
        let result = try CommandRunner.run(["plan", "--ldif", "-", "--cloud", "x.json", "--token-env", "T"], input: Data())
        #expect(result.status == 64)
        #expect(result.errorLines.count == 1)
    }

    @Test func aRefusedTokenIsOneErrorLineAndNoPlan() throws {
        let server = try sampleGraph()
        defer { server.stop() }
        let result = try CommandRunner.run(
            ["plan", "--ldif", "-", "--format", "json"] + server.arguments,
            input: Data(try SamplePlan.onPremExport().utf8), environment: [GraphServer.tokenVariable: "wrong-token"]
        )
        #expect(result.status != 0)
        #expect(result.standardOutput.isEmpty)
        #expect(result.errorLines.last?.hasPrefix("error: reading the cloud users from Microsoft Graph: ") == true)
        #expect(!result.standardError.contains("wrong-token"))
    }
}

/// `--sync-features FILE`: the hardened sample tenant.
@Suite struct PlanSyncFeaturesFileTests {
    @Test func theHardenedSampleShowsItsBlockersAboveTheEntries() throws {
        let result = try CommandRunner.run(
            ["plan", "--ldif", "-"] + SamplePlan.cloudArguments + ["--sync-features", repositoryRoot.appendingPathComponent("samples/sync-features-hardened.json").path, "--format", "table"],
            input: Data(try SamplePlan.onPremExport().utf8)
        )
        #expect(result.status == 0, "\(result.standardError)")
        let lines = result.output.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("tenant: sync features from --sync-features: blockSoftMatchEnabled true, blockCloudObjectTakeoverThroughHardMatchEnabled true") == true)
        let blocker = try #require(lines.firstIndex { $0.hasPrefix("blocker: hardMatchBlocked holds back ") })
        #expect(blocker < (lines.firstIndex { $0.hasPrefix("OUTCOME") } ?? 0))
        #expect(!lines.contains { $0.hasPrefix("softMatch ") || $0.hasPrefix("setImmutableId ") || $0.hasPrefix("anchored ") })
        #expect(result.errorLines.contains { $0.hasPrefix("blocker: hardMatchBlocked") })
    }

    @Test func aBadFeaturesFileIsOneErrorLine() throws {
        let folder = try ScratchFolder()
        let file = try folder.write("features.json", Data(#"{"features":{"blockSoftMatchEnabled":true}}"#.utf8))
        let result = try CommandRunner.run(["plan", "--ldif", "-"] + SamplePlan.cloudArguments + ["--sync-features", file], input: Data(try SamplePlan.onPremExport().utf8))
        #expect(result.status != 0)
        #expect(result.errorLines.last?.hasPrefix("error: --sync-features \(file): \"features\" lacks blockCloudObjectTakeoverThroughHardMatchEnabled") == true)
    }
}
