import Foundation
import HardmatchTestSupport
import Testing

/// `apply --yes` killed in the middle, resumed, and undone: the journal must tell the truth.
@Suite struct ApplyCrashTests {
    @Test func killedMidRunTheJournalSaysWhatWasDoneAndTheRerunWritesEachUserOnce() throws {
        let count = 500
        let ids = (1...count).map(GraphFixtures.cloudID)
        let server = try GraphServer(users: (1...count).map { GraphFixtures.cloudUser($0) }, arguments: ["--delay", "0.02", "--patch-delay", "1"])
        defer { server.stop() }
        let folder = try ScratchFolder()
        let plan = try folder.write("plan.json", GraphFixtures.plan(1...count))
        let journalPath = folder.path("journal")
        let arguments = ["apply", plan, "--yes", "--journal", journalPath] + server.arguments

        // MARK: Kill while a write batch is in flight, once some results are on disk.
        let first = try BackgroundCommand(arguments, environment: server.environment)
        // Every batch of users is one batched read and one batched write: the write of the last
        // journaled batch has reached the server when it has received twice as many batches.
        let sawResults = first.wait(until: {
            let records = folder.jsonLines("journal")
            let batches = Set(records.compactMap { $0["batch"] as? Int }).count
            return records.contains { $0["kind"] as? String == "result" } && records.last?["kind"] as? String == "intent"
                && (try? server.httpCount("POST /v1.0/$batch")) == 2 * batches
        })
        first.kill()
        #expect(sawResults, "\(first.standardError)")
        let journal = folder.jsonLines("journal")
        let written = Set(journal.filter { $0["kind"] as? String == "result" && $0["status"] as? Int == 204 }.compactMap { $0["cloudId"] as? String })
        // The server finishes the batch it was given (its delay outlives the client): wait for
        // those 20 writes to land, not for a time; then no more delays.
        let deadline = Date().addingTimeInterval(60)
        while (try? server.patches().count) ?? 0 < written.count + 20, Date() < deadline {
            Thread.sleep(forTimeInterval: 0.01)
        }
        try server.setFaults(["delay": 0, "patchDelay": 0])

        let intended = Set(journal.filter { $0["kind"] as? String == "intent" }.compactMap { $0["cloudId"] as? String })
        let patchedAfterKill = Set(try server.patches().keys)
        #expect(!written.isEmpty)
        #expect(written.count < count, "the run finished before it was killed; slow the server down")
        #expect(written.isSubset(of: patchedAfterKill))
        #expect(patchedAfterKill.isSubset(of: intended))
        #expect(patchedAfterKill.subtracting(written).count == 20, "the kill did not land while a write batch was in flight: \(written.count) written, \(intended.count) intended, \(patchedAfterKill.count) patched")

        // MARK: The re-run finishes the rest, writing no user twice.
        let second = try CommandRunner.run(arguments, environment: server.environment, timeout: 300)
        #expect(second.status == 0, "\(second.standardError)")
        let patches = try server.patches()
        #expect(Set(patches.keys) == Set(ids))
        #expect(patches.values.allSatisfy { $0 == 1 })
        #expect(try server.log()["patchesReceived"] as? Int == count)
        let users = try server.users()
        #expect((1...count).allSatisfy { users[GraphFixtures.cloudID($0)]?["onPremisesImmutableId"] as? String == GraphFixtures.anchor($0) })
        let alreadyDone = second.output.split(separator: "\n").filter { $0.hasPrefix("done") }.count
        #expect(alreadyDone == patchedAfterKill.count)
        let confirmed = Set(folder.jsonLines("journal").filter { $0["kind"] as? String == "confirmed" }.compactMap { $0["cloudId"] as? String })
        #expect(confirmed == patchedAfterKill.subtracting(written))

        // MARK: Undo returns every user to its before value.
        let undo = try CommandRunner.run(["undo", journalPath, "--yes", "--journal", folder.path("undo-journal")] + server.arguments,
                                         environment: server.environment, timeout: 300)
        #expect(undo.status == 0, "\(undo.standardError)")
        let restored = try server.users()
        #expect(ids.allSatisfy { restored[$0]?["onPremisesImmutableId"] is NSNull })
        #expect(try server.patches().values.allSatisfy { $0 == 2 })
    }
}

/// Ctrl-C: the batch in flight is finished and journaled, then the run stops and says so.
@Suite struct ApplyInterruptTests {
    @Test func ctrlCStopsAfterTheCurrentBatchWithEveryWriteJournaled() throws {
        // Each write batch takes 2 s: the run cannot end before the interrupt lands, however slow the machine.
        let server = try GraphServer(users: (1...200).map { GraphFixtures.cloudUser($0) }, arguments: ["--patch-delay", "2"])
        defer { server.stop() }
        let folder = try ScratchFolder()
        let plan = try folder.write("plan.json", GraphFixtures.plan(1...200))
        let run = try BackgroundCommand(["apply", plan, "--yes", "--journal", folder.path("journal")] + server.arguments, environment: server.environment)
        #expect(run.wait(until: { folder.jsonLines("journal").contains { $0["kind"] as? String == "result" } }))
        let status = run.interrupt()
        #expect(status == 1)
        #expect(run.standardError.contains("error: stopped (interrupted)"))
        let records = folder.jsonLines("journal")
        let written = Set(records.filter { $0["kind"] as? String == "result" && $0["status"] as? Int == 204 }.compactMap { $0["cloudId"] as? String })
        let intended = Set(records.filter { $0["kind"] as? String == "intent" }.compactMap { $0["cloudId"] as? String })
        #expect(!written.isEmpty && written.count < 200)
        #expect(written == intended)
        #expect(Set(try server.patches().keys) == written)
    }
}

/// A journal whose last batch has intents and no results, as a crash leaves it.
@Suite struct ApplyResumeTests {
    @Test func anIntentWithoutAResultIsCheckedAgainstLiveStateNotResent() throws {
        let server = try GraphServer(users: (1...4).map { GraphFixtures.cloudUser($0) })
        defer { server.stop() }
        try server.change(user: GraphFixtures.cloudID(1), ["onPremisesImmutableId": GraphFixtures.anchor(1)])
        try server.change(user: GraphFixtures.cloudID(2), ["onPremisesImmutableId": GraphFixtures.anchor(2)])
        let folder = try ScratchFolder()
        let plan = try folder.write("plan.json", GraphFixtures.plan(1...4))
        let intents = (1...4).map { number in
            #"{"time":"2026-01-01T00:00:00.000Z","kind":"intent","operation":"apply","run":"crashed","batch":1,"cloudId":"\#(GraphFixtures.cloudID(number))","userPrincipalName":"user\#(number)@contoso.onmicrosoft.com","before":null,"after":"\#(GraphFixtures.anchor(number))","status":null,"error":null}"#
        }
        // The crash cut the last line short.
        let journal = try folder.write("journal", Data((intents.joined(separator: "\n") + "\n{\"time\":\"2026-01-01T00:0").utf8))

        let result = try CommandRunner.run(["apply", plan, "--yes", "--journal", journal] + server.arguments, environment: server.environment)
        #expect(result.status == 0, "\(result.standardError)")
        #expect(Set(try server.patches().keys) == Set([3, 4].map(GraphFixtures.cloudID)))
        let records = folder.jsonLines("journal")
        #expect(records.filter { $0["kind"] as? String == "confirmed" }.compactMap { $0["cloudId"] as? String }.sorted() == [1, 2].map(GraphFixtures.cloudID))

        let undo = try CommandRunner.run(["undo", journal, "--yes", "--journal", folder.path("undo")] + server.arguments, environment: server.environment)
        #expect(undo.status == 0, "\(undo.standardError)")
        #expect(try server.users().values.allSatisfy { $0["onPremisesImmutableId"] is NSNull })
    }
}
