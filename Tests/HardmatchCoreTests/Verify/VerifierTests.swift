import HardmatchCore
import Testing

/// `Verifier`: every status of SPEC §7a from a plan entry and the cloud users after the sync.
@Suite struct VerifierTests {
    // MARK: - Builders

    static func join(_ number: UInt8, _ outcome: MatchOutcome = .setImmutableId, cloudID: String? = nil) -> PlannedEntry {
        PlannedEntry(
            outcome: outcome,
            onPrem: PlannedOnPrem(dn: "CN=u\(number)", userPrincipalName: "u\(number)@corp.example", sAMAccountName: "u\(number)", sourceAnchor: Fixture.anchor(number)),
            cloud: PlannedCloud(id: cloudID ?? "c\(number)", userPrincipalName: "u\(number)@contoso.onmicrosoft.com")
        )
    }

    static func user(_ id: String, anchor: String? = nil, synced: Bool? = nil, errors: [ProvisioningError] = []) -> CloudUser {
        CloudUser(id: id, userPrincipalName: "\(id)@contoso.onmicrosoft.com", onPremisesImmutableId: anchor, onPremisesSyncEnabled: synced, onPremisesProvisioningErrors: errors)
    }

    static func verify(_ entry: PlannedEntry, _ users: [CloudUser], plan: [PlannedEntry]? = nil) -> VerifyResult {
        Verifier(cloud: VerifyCloud(users), plan: plan ?? [entry]).verify(entry)
    }

    static let conflictError = ProvisioningError(category: "PropertyConflict", propertyCausingError: "ProxyAddresses", value: "smtp:u1@contoso.com")

    // MARK: - Joins

    @Test(arguments: [MatchOutcome.anchored, .softMatch, .setImmutableId])
    func aJoinIsAsPlannedWhenThePlannedUserCarriesTheAnchor(outcome: MatchOutcome) {
        let result = Self.verify(Self.join(1, outcome), [Self.user("c1", anchor: Fixture.anchor(1), synced: true)])
        #expect(result.status == .asPlanned)
        #expect(result.cloud?.onPremisesSyncEnabled == true)
    }

    @Test func anAnchorWrittenButNotSyncedIsNotSyncedYet() {
        let result = Self.verify(Self.join(1), [Self.user("c1", anchor: Fixture.anchor(1), synced: nil)])
        #expect(result.status == .notSyncedYet)
        #expect(result.detail.contains("has not been synchronised yet"))
    }

    @Test func anAnchorNeverWrittenIsNotSyncedYetAndSaysToApply() {
        let result = Self.verify(Self.join(1), [Self.user("c1")])
        #expect(result.status == .notSyncedYet)
        #expect(result.detail.contains("hardmatch apply"))
    }

    @Test func anAnchorOnAnotherUserWhileThePlannedOneIsCloudOnlyIsDuplicatedAndNamesBoth() {
        let result = Self.verify(Self.join(1, .softMatch), [Self.user("c1"), Self.user("new1", anchor: Fixture.anchor(1), synced: true)])
        #expect(result.status == .duplicated)
        #expect(result.anchorHolder?.id == "new1")
        #expect(result.cloud?.id == "c1")
        #expect(result.detail.contains("new1@contoso.onmicrosoft.com (new1)") && result.detail.contains("c1@contoso.onmicrosoft.com (c1)"))
    }

    @Test func aPlannedUserSyncedFromAnotherObjectIsUnexpected() {
        let result = Self.verify(Self.join(1), [Self.user("c1", anchor: Fixture.anchor(9), synced: true)])
        #expect(result.status == .unexpected)
        #expect(result.detail.contains(Fixture.anchor(9)))
    }

    @Test func aDeletedPlannedUserIsUnexpected() {
        let result = Self.verify(Self.join(1), [])
        #expect(result.status == .unexpected)
        #expect(result.cloud?.exists == false)
        #expect(result.detail.contains("no longer exists"))
    }

    @Test func aPlannedUserChangedSinceThePlanIsUnexpected() {
        let result = Self.verify(Self.join(1, .softMatch), [Self.user("c1", anchor: "not-an-anchor")])
        #expect(result.status == .unexpected)
        #expect(result.detail.contains("changed since the plan"))
    }

    // MARK: - Provisioning errors

    @Test func aProvisioningErrorWinsOverAsPlanned() {
        let result = Self.verify(Self.join(1), [Self.user("c1", anchor: Fixture.anchor(1), synced: true, errors: [Self.conflictError])])
        #expect(result.status == .syncError)
        #expect(result.errors == [Self.conflictError])
        #expect(result.detail.contains("PropertyConflict on ProxyAddresses (value \"smtp:u1@contoso.com\")"))
    }

    @Test func aProvisioningErrorOnTheDuplicateWinsOverDuplicated() {
        let result = Self.verify(Self.join(1), [Self.user("c1"), Self.user("new1", anchor: Fixture.anchor(1), synced: true, errors: [Self.conflictError])])
        #expect(result.status == .syncError)
        #expect(result.anchorHolder?.id == "new1")
    }

    @Test func aProvisioningErrorOnACloudOnlyUserIsASyncError() {
        let entry = PlannedEntry(outcome: .cloudOnly, cloud: PlannedCloud(id: "c5"))
        #expect(Self.verify(entry, [Self.user("c5", errors: [Self.conflictError])]).status == .syncError)
    }

    // MARK: - New users

    @Test func aNewUserForAnOnPremOnlyEntryIsFoundByItsAnchor() {
        let entry = PlannedEntry(outcome: .onPremOnly, onPrem: PlannedOnPrem(sAMAccountName: "u3", sourceAnchor: Fixture.anchor(3)))
        let result = Self.verify(entry, [Self.user("other"), Self.user("new3", anchor: Fixture.anchor(3), synced: true)])
        #expect(result.status == .asPlanned)
        #expect(result.anchorHolder?.id == "new3")
        #expect(Self.verify(entry, [Self.user("other")]).status == .notSyncedYet)
        // Written but not synchronised: carries nothing yet.
        #expect(Self.verify(entry, [Self.user("new3", anchor: Fixture.anchor(3), synced: false)]).status == .notSyncedYet)
    }

    @Test func anOnPremOnlyEntryJoinedToAUserThePlanListsIsUnexpected() {
        let entry = PlannedEntry(outcome: .onPremOnly, onPrem: PlannedOnPrem(sAMAccountName: "u3", sourceAnchor: Fixture.anchor(3)))
        let cloudOnly = PlannedEntry(outcome: .cloudOnly, cloud: PlannedCloud(id: "c7"))
        let users = [Self.user("c7", anchor: Fixture.anchor(3), synced: true)]
        let report = Verifier(cloud: VerifyCloud(users), plan: [entry, cloudOnly]).verify([entry, cloudOnly])
        #expect(report.results.map(\.status) == [.unexpected, .unexpected])
        #expect(!report.allAsPlanned)
    }

    // MARK: - Entries nothing should join

    @Test func aConflictIsAsPlannedWhenNothingJoinedItAndUnexpectedOtherwise() {
        var entry = Self.join(1, .conflict)
        entry.reason = "guest"
        #expect(Self.verify(entry, [Self.user("c1")]).status == .asPlanned)
        #expect(Self.verify(entry, [Self.user("c1", anchor: Fixture.anchor(1), synced: true)]).status == .unexpected)
        #expect(Self.verify(entry, [Self.user("c1"), Self.user("new1", anchor: Fixture.anchor(1), synced: true)]).status == .unexpected)
    }

    @Test func anAlreadySyncedConflictThatStaysAsItWasIsAsPlanned() {
        var entry = Self.join(1, .conflict)
        entry.reason = "alreadySynced"
        entry.cloud?.onPremisesImmutableId = Fixture.anchor(8)
        entry.cloud?.onPremisesSyncEnabled = true
        #expect(Self.verify(entry, [Self.user("c1", anchor: Fixture.anchor(8), synced: true)]).status == .asPlanned)
    }

    @Test func cloudOnlyAndOutOfScopeEntries() {
        let cloudOnly = PlannedEntry(outcome: .cloudOnly, cloud: PlannedCloud(id: "c5"))
        #expect(Self.verify(cloudOnly, [Self.user("c5")]).status == .asPlanned)
        #expect(Self.verify(cloudOnly, [Self.user("c5", anchor: Fixture.anchor(5), synced: true)]).status == .unexpected)
        let outOfScope = PlannedEntry(outcome: .outOfScope, onPrem: PlannedOnPrem(sAMAccountName: "svc", sourceAnchor: Fixture.anchor(6)))
        #expect(Self.verify(outOfScope, []).status == .asPlanned)
        #expect(Self.verify(outOfScope, [Self.user("x", anchor: Fixture.anchor(6), synced: true)]).status == .unexpected)
    }

    // MARK: - Report

    @Test func theSummaryCountsEveryStatusAndTheJSONHasTheDocumentedShape() {
        let entries = [Self.join(1), Self.join(2)]
        let users = [Self.user("c1", anchor: Fixture.anchor(1), synced: true), Self.user("c2")]
        let report = Verifier(cloud: VerifyCloud(users), plan: entries).verify(entries)
        #expect(report.summary.map(\.count) == [1, 1, 0, 0, 0])
        let json = String(decoding: VerifyFormat.json(report), as: UTF8.self)
        #expect(json.hasPrefix("{\"summary\":{\"asPlanned\":1,\"notSyncedYet\":1,\"duplicated\":0,\"syncError\":0,\"unexpected\":0},\n\"entries\":[\n{\"status\":\"asPlanned\",\"detail\":"))
        #expect(VerifyFormat.ndjson(report).filter { $0 == 0x0a }.count == 2)
        #expect(String(decoding: VerifyFormat.csv(report), as: UTF8.self).hasPrefix(VerifyFormat.csvColumns.joined(separator: ",") + "\r\n"))
    }

    @Test func theTableEscapesControlCharactersFromTheCloud() {
        let entry = PlannedEntry(outcome: .cloudOnly, cloud: PlannedCloud(id: "c5"))
        var user = Self.user("c5")
        user.userPrincipalName = "evil\u{1b}[2J@contoso.com"
        let table = VerifyFormat.table(Verifier(cloud: VerifyCloud([user]), plan: [entry]).verify([entry]))
        #expect(!table.contains("\u{1b}"))
        #expect(table.contains("evil\\u{1b}[2J"))
    }

    @Test func csvNeutralisesFormulasUnlessExact() {
        let entry = PlannedEntry(outcome: .cloudOnly, cloud: PlannedCloud(id: "c5"))
        var user = Self.user("c5")
        user.userPrincipalName = "=HYPERLINK(\"x\")"
        let report = Verifier(cloud: VerifyCloud([user]), plan: [entry]).verify([entry])
        #expect(String(decoding: VerifyFormat.csv(report), as: UTF8.self).contains("\"'=HYPERLINK(\"\"x\"\")\""))
        #expect(String(decoding: VerifyFormat.csv(report, formulas: .exact), as: UTF8.self).contains("\"=HYPERLINK(\"\"x\"\")\""))
    }
}
