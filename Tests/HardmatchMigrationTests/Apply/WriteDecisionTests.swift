import HardmatchCore
import HardmatchMigration
import Testing

/// The rules each write passes: the plan's state, the journal, and SPEC §9.
@Suite struct WriteDecisionTests {
    private let anchor = "4WXSe+OMM0WUYfwqv5kYoA=="
    private var target: WriteTarget {
        WriteTarget(cloudID: "c", userPrincipalName: "u@x", value: anchor, expectedImmutableID: nil,
                    expectedSyncEnabled: .value(nil), expectedUserType: .value("Member"))
    }
    private func live(_ change: (inout CloudUser) -> Void = { _ in }) -> CloudUser {
        var user = CloudUser(id: "c", userPrincipalName: "u@x", userType: "Member")
        change(&user)
        return user
    }
    private func decide(_ user: CloudUser?, journal: JournalHistory.State? = nil, administrators: Set<String> = [], apply: Bool = true) -> WriteDecision {
        WriteDecision.decide(target, live: user, journal: journal, administrators: administrators, guardsCloudOnly: apply)
    }

    @Test func aUserAsPlannedIsWritten() {
        #expect(decide(live()) == .write(before: nil))
    }

    @Test func spec9Refusals() {
        #expect(decide(nil) == .skip(.notFound))
        #expect(decide(live { $0.userType = "guest" }) == .skip(.guest))
        #expect(decide(live { $0.onPremisesSyncEnabled = true }) == .skip(.synced))
        #expect(decide(live { $0.onPremisesImmutableId = "AAAAAAAAAAAAAAAAAAAAAA==" }) == .skip(.otherAnchor("AAAAAAAAAAAAAAAAAAAAAA==")))
        #expect(decide(live(), administrators: ["c"]) == .skip(.administrator))
        #expect(decide(live(), administrators: ["u@x"]) == .skip(.administrator))
    }

    @Test func anyPlannedPropertyThatChangedStopsTheWrite() {
        #expect(decide(live { $0.onPremisesSyncEnabled = false }) == .skip(.changed(property: "onPremisesSyncEnabled", expected: "null", live: "false")))
        #expect(decide(live { $0.userType = nil }) == .skip(.changed(property: "userType", expected: "\"Member\"", live: "null")))
    }

    @Test func theJournalDecidesWhatIsAlreadyDone() {
        let done = live { $0.onPremisesImmutableId = anchor }
        #expect(decide(done, journal: .written(before: nil, after: anchor)) == .alreadyDone(.earlierRun))
        #expect(decide(done, journal: .uncertain(before: nil, after: anchor)) == .alreadyDone(.confirmed(before: nil)))
        #expect(decide(done) == .alreadyDone(.alreadySet))
        #expect(decide(live(), journal: .uncertain(before: nil, after: anchor)) == .write(before: nil))
    }

    @Test func undoOnlyRequiresTheWrittenValueAndNoSync() {
        let undo = WriteTarget(cloudID: "c", userPrincipalName: nil, value: nil, expectedImmutableID: anchor)
        let holding = live { $0.onPremisesImmutableId = anchor; $0.userType = "Guest" }
        #expect(WriteDecision.decide(undo, live: holding, journal: nil, administrators: ["c"], guardsCloudOnly: false) == .write(before: anchor))
        let other = live { $0.onPremisesImmutableId = "AAAAAAAAAAAAAAAAAAAAAA==" }
        #expect(WriteDecision.decide(undo, live: other, journal: nil, administrators: [], guardsCloudOnly: false)
            == .skip(.changed(property: "onPremisesImmutableId", expected: "\"\(anchor)\"", live: "\"AAAAAAAAAAAAAAAAAAAAAA==\"")))
    }
}
