import Foundation
import HardmatchTestSupport
import Testing

/// `hardmatch verify` against a local Graph after a simulated first sync (SPEC §7a).
@Suite struct VerifyCommandTests {
    /// Ten cloud users and the plan's cloud-only one; the plan joins 1...8 and has an
    /// onPremOnly entry whose new user is made by the sync.
    static func setUp(_ count: Int = 8) throws -> (GraphServer, ScratchFolder, String) {
        var cloudOnly = GraphFixtures.cloudUser(0)
        cloudOnly["id"] = "ffffffff-0000-4000-8000-000000000000"
        let server = try GraphServer(users: (1...10).map { GraphFixtures.cloudUser($0) } + [cloudOnly])
        let folder = try ScratchFolder()
        var plan = try JSONSerialization.jsonObject(with: GraphFixtures.plan(1...count)) as? [String: Any] ?? [:]
        var entries = plan["entries"] as? [[String: Any]] ?? []
        entries.append([
            "outcome": "onPremOnly", "via": NSNull(), "reason": NSNull(), "immutableId": GraphFixtures.anchor(11), "cloud": NSNull(),
            "onPrem": ["dn": "CN=New,OU=Staff,DC=corp,DC=example", "sAMAccountName": "new11", "sourceAnchor": GraphFixtures.anchor(11)] as [String: Any],
        ])
        plan["entries"] = entries
        let path = try folder.write("plan.json", try JSONSerialization.data(withJSONObject: plan))
        return (server, folder, path)
    }

    static func run(_ plan: String, _ server: GraphServer, _ extra: [String] = []) throws -> (CommandRunner.Result, [[String: Any]], [String: Int]) {
        let result = try CommandRunner.run(["verify", plan, "--format", "json"] + extra + server.arguments, environment: server.environment)
        let document = (try? JSONSerialization.jsonObject(with: result.standardOutput)) as? [String: Any] ?? [:]
        return (result, document["entries"] as? [[String: Any]] ?? [], document["summary"] as? [String: Int] ?? [:])
    }

    static var error: [String: Any] { ["category": "PropertyConflict", "propertyCausingError": "ProxyAddresses", "value": "smtp:user4@contoso.com"] }

    /// Joins 1-3 (with an error on 2), duplicates 4 and 5 (with an error on 5's duplicate),
    /// leaves 6 written but unsynced and 7 untouched, syncs 8 from another object, and
    /// creates the onPremOnly entry's user.
    static func simulateMessySync(_ server: GraphServer) throws {
        try server.change(user: GraphFixtures.cloudID(6), ["onPremisesImmutableId": GraphFixtures.anchor(6)])
        try server.simulateSync(
            join: [1, 2, 3].reduce(into: [:]) { $0[GraphFixtures.cloudID($1)] = GraphFixtures.anchor($1) }
                .merging([GraphFixtures.cloudID(8): GraphFixtures.anchor(99)]) { first, _ in first },
            create: [
                ["id": "dup-4", "userPrincipalName": "user4@corp.example", "onPremisesImmutableId": GraphFixtures.anchor(4)],
                ["id": "dup-5", "userPrincipalName": "user5@corp.example", "onPremisesImmutableId": GraphFixtures.anchor(5)],
                ["id": "new-11", "userPrincipalName": "new11@corp.example", "onPremisesImmutableId": GraphFixtures.anchor(11)],
            ],
            errors: ["dup-5": [error], GraphFixtures.cloudID(2): [error]]
        )
    }

    @Test(arguments: ["batch", "list"])
    func eachEntryGetsTheStatusOfWhatTheSyncDid(read: String) throws {
        let (server, folder, plan) = try Self.setUp()
        defer { server.stop(); withExtendedLifetime(folder) {} }
        try Self.simulateMessySync(server)

        let (result, entries, summary) = try Self.run(plan, server, ["--read", read])
        #expect(result.status == 3, "\(result.standardError)")
        try #require(entries.count == 10, "\(result.standardError)")
        #expect(entries.map { $0["status"] as? String ?? "" } == [
            "asPlanned", "syncError", "asPlanned", "duplicated", "syncError", "notSyncedYet", "notSyncedYet", "unexpected", "asPlanned", "asPlanned",
        ])
        #expect(summary == ["asPlanned": 4, "notSyncedYet": 2, "duplicated": 1, "syncError": 2, "unexpected": 1])
        let duplicated = entries[3]
        #expect((duplicated["cloud"] as? [String: Any])?["id"] as? String == GraphFixtures.cloudID(4))
        #expect((duplicated["anchorHolder"] as? [String: Any])?["id"] as? String == "dup-4")
        #expect((duplicated["detail"] as? String)?.contains("one person, two accounts") == true)
        let errors = entries[4]["errors"] as? [[String: Any]] ?? []
        #expect(errors.first?["propertyCausingError"] as? String == "ProxyAddresses")
        #expect(errors.first?["value"] as? String == "smtp:user4@contoso.com")
        #expect((entries[5]["detail"] as? String)?.contains("not been synchronised yet") == true)
        #expect((entries[6]["detail"] as? String)?.contains("hardmatch apply") == true)
        #expect((entries[9]["anchorHolder"] as? [String: Any])?["id"] as? String == "new-11")
        #expect(result.errorLines.last?.hasPrefix("verify: 10 entries against") == true)

        if read == "batch" {
            #expect(try server.httpCount("GET /v1.0/users") == 0)
            #expect(try server.httpCount("POST /v1.0/$batch") == 1)
        } else {
            #expect(try server.httpCount("POST /v1.0/$batch") == 0)
            #expect(try server.httpCount("GET /v1.0/users") == 1)
        }
    }

    @Test func aReRunAfterEverythingIsFixedExitsZero() throws {
        let (server, folder, plan) = try Self.setUp()
        defer { server.stop(); withExtendedLifetime(folder) {} }
        try Self.simulateMessySync(server)
        #expect(try Self.run(plan, server).0.status == 3)

        // The administrator deletes the duplicates, clears the errors, fixes user 8, and syncs.
        try server.change(user: GraphFixtures.cloudID(8), ["onPremisesImmutableId": NSNull(), "onPremisesSyncEnabled": NSNull()])
        try server.simulateSync(delete: ["dup-4", "dup-5"])
        try server.simulateSync(
            join: (1...8).reduce(into: [:]) { $0[GraphFixtures.cloudID($1)] = GraphFixtures.anchor($1) },
            errors: [GraphFixtures.cloudID(2): []]
        )
        let (result, entries, summary) = try Self.run(plan, server)
        #expect(result.status == 0, "\(entries.filter { $0["status"] as? String != "asPlanned" })")
        #expect(summary["asPlanned"] == 10)
        #expect(try server.httpCount("POST /v1.0/$batch") == 2)
        #expect(result.errorLines == ["verify: 10 entries against 10 cloud users (read by id in $batch calls): asPlanned 10, notSyncedYet 0, duplicated 0, syncError 0, unexpected 0"])
    }

    @Test func anExportTakenAfterTheSyncVerifiesTheSameAsLive() throws {
        let (server, folder, plan) = try Self.setUp()
        defer { server.stop() }
        try Self.simulateMessySync(server)
        let export = try JSONSerialization.data(withJSONObject: ["value": Array(try server.users().values)])
        let cloud = try folder.write("after-sync.json", export)

        let live = try Self.run(plan, server)
        let file = try CommandRunner.run(["verify", plan, "--cloud", cloud, "--format", "json"])
        #expect(file.status == 3)
        #expect(file.standardOutput == live.0.standardOutput)

        let csv = try CommandRunner.run(["verify", plan, "--cloud", cloud, "--format", "csv"])
        #expect(csv.output.split(separator: "\r\n").count == 11)
        let ndjson = try CommandRunner.run(["verify", plan, "--cloud", cloud, "--format", "ndjson"])
        #expect(ndjson.output.split(separator: "\n").count == 10)
        let table = try CommandRunner.run(["verify", plan, "--cloud", cloud, "--format", "table"])
        #expect(table.output.contains("duplicated    user4"))
    }

    @Test func aFileThatIsNotAPlanIsOneErrorLine() throws {
        let folder = try ScratchFolder()
        let notAPlan = try folder.write("users.json", Data(#"{"value": []}"#.utf8))
        let cloud = try folder.write("cloud.json", Data("[]".utf8))
        let result = try CommandRunner.run(["verify", notAPlan, "--cloud", cloud])
        #expect(result.status == 1)
        #expect(result.errorLines == ["error: \(notAPlan) is not a hardmatch plan: there is no \"entries\" array"])
        let none = try CommandRunner.run(["verify", notAPlan])
        #expect(none.status == 64)
        #expect(none.errorLines.count == 1 && none.errorLines[0].hasPrefix("error: give the cloud users with --cloud PATH"))
    }
}
