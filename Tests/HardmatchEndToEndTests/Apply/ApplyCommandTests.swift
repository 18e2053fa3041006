import Foundation
import HardmatchTestSupport
import Testing

/// `hardmatch apply` against a local Graph: what it writes, and above all what it does not.
@Suite struct ApplyCommandTests {
    @Test func withoutYesNothingIsWritten() throws {
        let server = try GraphServer(users: (1...30).map { GraphFixtures.cloudUser($0) })
        defer { server.stop() }
        let folder = try ScratchFolder()
        let plan = try folder.write("plan.json", GraphFixtures.plan(1...30))

        let result = try CommandRunner.run(["apply", plan] + server.arguments, environment: server.environment)
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.output.split(separator: "\n").filter { $0.hasPrefix("would write") }.count == 30)
        #expect(result.output.contains("would write  user7@contoso.onmicrosoft.com (\(GraphFixtures.cloudID(7))): null -> \(GraphFixtures.anchor(7))"))
        #expect(try server.patches().isEmpty)
        #expect(try server.log()["patchesReceived"] as? Int == 0)
        #expect(try server.users().values.allSatisfy { $0["onPremisesImmutableId"] is NSNull })
        #expect(try server.httpCount("POST /v1.0/$batch") == 2)
    }

    @Test func yesWithoutAJournalIsRefused() throws {
        let folder = try ScratchFolder()
        let plan = try folder.write("plan.json", GraphFixtures.plan(1...2))
        let result = try CommandRunner.run(["apply", plan, "--yes", "--graph-url", "http://127.0.0.1:9", "--token-env", "X"])
        #expect(result.status == 64)
        #expect(result.errorLines == ["error: --yes needs --journal PATH: every write is journaled, so that it can be resumed and undone (see hardmatch apply --help)"])
    }

    @Test func writesOnlyUsersWhoseLiveStateStillMatchesThePlan() throws {
        let server = try GraphServer(users: (1...10).map { GraphFixtures.cloudUser($0) }, roles: ["Global Administrator": [GraphFixtures.cloudID(5)]])
        defer { server.stop() }
        try server.change(user: GraphFixtures.cloudID(2), ["onPremisesImmutableId": GraphFixtures.anchor(200)])
        try server.change(user: GraphFixtures.cloudID(3), ["userType": "Guest"])
        try server.change(user: GraphFixtures.cloudID(4), ["onPremisesSyncEnabled": true])
        try server.change(user: GraphFixtures.cloudID(7), ["onPremisesSyncEnabled": false])
        let folder = try ScratchFolder()
        let plan = try folder.write("plan.json", GraphFixtures.plan([1, 2, 3, 4, 5, 6, 7, 8, 11]))

        let result = try CommandRunner.run(["apply", plan, "--yes", "--journal", folder.path("journal")] + server.arguments, environment: server.environment)
        #expect(result.status == 0, "\(result.standardError)")
        #expect(Set(try server.patches().keys) == Set([1, 6, 8].map(GraphFixtures.cloudID)))
        let users = try server.users()
        #expect(users[GraphFixtures.cloudID(2)]?["onPremisesImmutableId"] as? String == GraphFixtures.anchor(200))
        for number in [3, 4, 5, 7] {
            #expect(users[GraphFixtures.cloudID(number)]?["onPremisesImmutableId"] is NSNull)
        }
        let lines = result.output.split(separator: "\n").map(String.init)
        func line(_ number: Int) -> String { lines.first { $0.contains("(\(GraphFixtures.cloudID(number)))") } ?? "" }
        #expect(line(2).hasPrefix("skipped") && line(2).contains("another ImmutableId, \(GraphFixtures.anchor(200))"))
        #expect(line(3).hasPrefix("skipped") && line(3).contains("guest"))
        #expect(line(4).hasPrefix("skipped") && line(4).contains("synchronised"))
        #expect(line(5).hasPrefix("skipped") && line(5).contains("administrator role"))
        #expect(line(7).hasPrefix("skipped") && line(7).contains("onPremisesSyncEnabled is false now, not null"))
        #expect(line(11).hasPrefix("skipped") && line(11).contains("no longer exists"))
        #expect(lines.last == "apply: 3 written, 0 already done, 6 skipped (1 administrator, 1 changed since the plan, 1 guest, 1 has another anchor, 1 not found, 1 synchronised), 0 failed")

        let journal = folder.jsonLines("journal")
        #expect(journal.filter { $0["kind"] as? String == "skipped" }.count == 6)
        #expect(journal.filter { $0["kind"] as? String == "intent" }.compactMap { $0["cloudId"] as? String }.sorted() == [1, 6, 8].map(GraphFixtures.cloudID))
        #expect(journal.filter { $0["kind"] as? String == "result" && $0["status"] as? Int == 204 }.count == 3)
    }

    @Test func aRefusedWriteIsJournaledWithGraphsErrorAndFailsTheRun() throws {
        var users = (1...3).map { GraphFixtures.cloudUser($0) }
        users.append(GraphFixtures.cloudUser(50, immutableID: GraphFixtures.anchor(2)))
        let server = try GraphServer(users: users)
        defer { server.stop() }
        let folder = try ScratchFolder()
        let plan = try folder.write("plan.json", GraphFixtures.plan(1...3))

        let result = try CommandRunner.run(["apply", plan, "--yes", "--journal", folder.path("journal")] + server.arguments, environment: server.environment)
        #expect(result.status == 1)
        #expect(result.errorLines.count == 1)
        #expect(result.errorLines.first?.hasPrefix("error: 1 failed") == true)
        #expect(Set(try server.patches().keys) == Set([1, 3].map(GraphFixtures.cloudID)))
        let failure = try #require(folder.jsonLines("journal").first { $0["kind"] as? String == "result" && $0["cloudId"] as? String == GraphFixtures.cloudID(2) })
        #expect(failure["status"] as? Int == 400)
        #expect((failure["error"] as? String)?.contains("Another object with the same value for property onPremisesImmutableId") == true)
        #expect(failure["before"] is NSNull)
        #expect(failure["after"] as? String == GraphFixtures.anchor(2))
    }

    @Test func tokensAndSecretsAppearNowhere() throws {
        let server = try GraphServer(users: (1...5).map { GraphFixtures.cloudUser($0) }, arguments: ["--client-secret", "S3cret-Value-0192837465"])
        defer { server.stop() }
        let folder = try ScratchFolder()
        let plan = try folder.write("plan.json", GraphFixtures.plan(1...5))
        let environment = ["HM_SECRET": "S3cret-Value-0192837465"]
        let arguments = ["apply", plan, "--yes", "--journal", folder.path("journal"), "--graph-url", server.url, "--login-url", server.url,
                         "--tenant", "contoso.onmicrosoft.com", "--client-id", GraphServer.clientID, "--client-secret-env", "HM_SECRET"]

        let written = try CommandRunner.run(arguments, environment: environment)
        #expect(written.status == 0, "\(written.standardError)")
        #expect(try server.patches().count == 5)
        let wrong = try CommandRunner.run(arguments, environment: ["HM_SECRET": "Wrong-Secret-5647382910"])
        #expect(wrong.status == 1)
        #expect(wrong.errorLines.first?.contains("AADSTS7000215") == true)
        let tokenRun = try CommandRunner.run(["apply", plan] + server.arguments, environment: server.environment)
        #expect(tokenRun.status == 0)

        let journal = try String(contentsOfFile: folder.path("journal"), encoding: .utf8)
        for text in [written.output, written.standardError, wrong.output, wrong.standardError, tokenRun.output, tokenRun.standardError, journal] {
            #expect(!text.contains("S3cret-Value-0192837465"))
            #expect(!text.contains("Wrong-Secret-5647382910"))
            #expect(!text.contains("issued-"))
            #expect(!text.contains(GraphServer.token))
        }
        #expect(!arguments.joined().contains("S3cret"))
    }

    @Test func plainHTTPToAnotherMachineIsRefusedBeforeAnyToken() throws {
        let folder = try ScratchFolder()
        let plan = try folder.write("plan.json", GraphFixtures.plan(1...2))
        let result = try CommandRunner.run(["apply", plan, "--graph-url", "http://graph.example.com", "--token-env", "T"], environment: ["T": "abc"])
        #expect(result.status == 1)
        #expect(result.errorLines.first?.hasPrefix("error: --graph-url \"http://graph.example.com\" must use https") == true)
    }

    @Test func aPlanWithoutWhatApplyNeedsIsRefusedByEntry() throws {
        let folder = try ScratchFolder()
        let bad = #"{"entries": [{"outcome": "cloudOnly"}, {"outcome": "setImmutableId", "immutableId": "4WXSe+OMM0WUYfwqv5kYoA==", "cloud": {"userPrincipalName": "x@y"}}]}"#
        let plan = try folder.write("plan.json", Data(bad.utf8))
        let result = try CommandRunner.run(["apply", plan, "--graph-url", "http://127.0.0.1:9", "--token-env", "T"], environment: ["T": "abc"])
        #expect(result.status == 1)
        #expect(result.errorLines == ["error: \(plan) entry 2: cloud.id is missing or not a string: the cloud user to write cannot be named"])
    }
}
