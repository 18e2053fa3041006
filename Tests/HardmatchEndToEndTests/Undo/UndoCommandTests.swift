import Foundation
import HardmatchTestSupport
import Testing

/// `hardmatch undo JOURNAL`: restores what the journal says was written, and only that.
@Suite struct UndoCommandTests {
    /// Applies users 1...5 (user 1 had an anchor already and is not in the plan) and returns the journal path.
    private func applied(_ server: GraphServer, _ folder: ScratchFolder) throws -> String {
        let plan = try folder.write("plan.json", GraphFixtures.plan(1...5))
        let result = try CommandRunner.run(["apply", plan, "--yes", "--journal", folder.path("journal")] + server.arguments, environment: server.environment)
        #expect(result.status == 0, "\(result.standardError)")
        return folder.path("journal")
    }

    @Test func restoresOnlyUsersThatStillHoldTheWrittenValue() throws {
        let server = try GraphServer(users: (1...5).map { GraphFixtures.cloudUser($0) })
        defer { server.stop() }
        let folder = try ScratchFolder()
        let journal = try applied(server, folder)
        try server.change(user: GraphFixtures.cloudID(3), ["onPremisesImmutableId": GraphFixtures.anchor(300)])

        let dryRun = try CommandRunner.run(["undo", journal] + server.arguments, environment: server.environment)
        #expect(dryRun.status == 0)
        #expect(dryRun.output.split(separator: "\n").filter { $0.hasPrefix("would write") }.count == 4)
        #expect(try server.patches().values.allSatisfy { $0 == 1 })

        let undo = try CommandRunner.run(["undo", journal, "--yes", "--journal", folder.path("undo")] + server.arguments, environment: server.environment)
        #expect(undo.status == 0, "\(undo.standardError)")
        let users = try server.users()
        for number in [1, 2, 4, 5] {
            #expect(users[GraphFixtures.cloudID(number)]?["onPremisesImmutableId"] is NSNull)
        }
        #expect(users[GraphFixtures.cloudID(3)]?["onPremisesImmutableId"] as? String == GraphFixtures.anchor(300))
        #expect(undo.output.contains("onPremisesImmutableId is \"\(GraphFixtures.anchor(300))\" now, not \"\(GraphFixtures.anchor(3))\""))
        let records = folder.jsonLines("undo")
        #expect(records.allSatisfy { $0["operation"] as? String == "undo" })
        #expect(records.filter { $0["kind"] as? String == "result" }.count == 4)

        // A second undo finds its own journal and writes nothing again.
        let again = try CommandRunner.run(["undo", journal, "--yes", "--journal", folder.path("undo")] + server.arguments, environment: server.environment)
        #expect(again.status == 0)
        #expect(try server.patches()[GraphFixtures.cloudID(1)] == 2)
    }

    @Test func theUndoNeedsAJournalOfItsOwn() throws {
        let folder = try ScratchFolder()
        let journal = try folder.write("journal", Data())
        let result = try CommandRunner.run(["undo", journal, "--yes", "--journal", journal, "--graph-url", "http://127.0.0.1:9", "--token-env", "T"])
        #expect(result.status == 64)
        #expect(result.errorLines.first?.contains("is the journal being undone") == true)
    }

    @Test func aJournalWithoutWritesIsNothingToUndo() throws {
        let folder = try ScratchFolder()
        let line = #"{"time":"t","kind":"skipped","operation":"apply","run":"r","batch":1,"cloudId":"x","userPrincipalName":null,"before":null,"after":"a","status":null,"error":"guest"}"#
        let journal = try folder.write("journal", Data((line + "\n").utf8))
        let result = try CommandRunner.run(["undo", journal, "--graph-url", "http://127.0.0.1:9", "--token-env", "T"], environment: ["T": "abc"])
        #expect(result.status == 0)
        #expect(result.output.hasPrefix("nothing to undo"))
    }
}
