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
        #expect(live.standardOutput == fromFiles.standardOutput)
        // Five users a page: the client followed every nextLink.
        #expect(try server.httpCount("GET /v1.0/users") >= 4)
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
