import HardmatchCore
import Testing

/// Every 2026 rule against every tenant setting it depends on (SPEC §1, §5): the outcome,
/// `via` and `reason` of the on-premises user `ann`.
@Suite struct TenantRuleTests {
    static let hardened = SyncFeatures(
        blockSoftMatchEnabled: true, blockCloudObjectTakeoverThroughHardMatchEnabled: true,
        softMatchOnUpnEnabled: true, allowOnPremUpdateOfOnPremisesObjectIdentifierEnabled: false
    )

    private func entry(
        _ cloud: CloudUser, features: SyncFeatures = .microsoftDefaults, admins: Set<String> = [], preferHard: Bool = false,
        onPrem: OnPremUser = Fixture.onPrem("ann", 1)
    ) throws -> PlanEntry {
        let tenant = TenantContext(features: features, featureSource: .file)
        let plan = PlanBuilder(onPrem: [onPrem], cloud: [cloud], adminIds: admins, preferHard: preferHard, tenant: tenant).build()
        return try #require(plan.entry("ann"))
    }

    private func features(blockSoft: Bool = false, blockTakeover: Bool = false, upn: Bool = true, allowIdentifier: Bool = false) -> SyncFeatures {
        SyncFeatures(
            blockSoftMatchEnabled: blockSoft, blockCloudObjectTakeoverThroughHardMatchEnabled: blockTakeover,
            softMatchOnUpnEnabled: upn, allowOnPremUpdateOfOnPremisesObjectIdentifierEnabled: allowIdentifier
        )
    }

    private let anchoredCloud = Fixture.cloud("c1", upn: "x@contoso.onmicrosoft.com", anchor: Fixture.anchor(1))
    private let smtpCloud = Fixture.cloud("c1", upn: "x@contoso.onmicrosoft.com", proxies: ["SMTP:ann@contoso.com"])
    private let upnCloud = Fixture.cloud("c1", upn: "ann@contoso.com")
    private let localPartCloud = Fixture.cloud("c1", upn: "ann@contoso.onmicrosoft.com")

    // MARK: - Hard match

    @Test func anchoredStaysAnchoredUnlessTheTenantBlocksTakeover() throws {
        #expect(try entry(anchoredCloud).outcome == .anchored)
        #expect(try entry(anchoredCloud, features: features(blockSoft: true)).outcome == .anchored)
        let blocked = try entry(anchoredCloud, features: features(blockTakeover: true))
        #expect(blocked.reason == .hardMatchBlocked)
        #expect(blocked.via == .sourceAnchor)
        #expect(blocked.detail?.message.contains("BlockCloudObjectTakeoverThroughHardMatch") == true)
        #expect(blocked.detail?.message.contains("turn it back on") == true)
    }

    @Test func anAnchoredUserAlreadySyncedIsNoTakeover() throws {
        var synced = anchoredCloud
        synced.onPremisesSyncEnabled = true
        #expect(try entry(synced, features: features(blockTakeover: true)).outcome == .anchored)
    }

    @Test func anAdminRoleBlocksTheHardMatchToo() throws {
        let anchored = try entry(anchoredCloud, admins: ["c1"])
        #expect(anchored.reason == .adminRole)
        #expect(anchored.detail?.message.contains("restore them after the first sync") == true)
        #expect(try entry(localPartCloud, admins: ["c1"]).reason == .adminRole)
        // adminRole comes before hardMatchBlocked.
        #expect(try entry(anchoredCloud, features: Self.hardened, admins: ["c1"]).reason == .adminRole)
    }

    @Test func cloudSourceOfAuthorityBlocksEveryJoin() throws {
        for var cloud in [anchoredCloud, smtpCloud, localPartCloud] {
            cloud.isCloudManaged = true
            let result = try entry(cloud, features: Self.hardened)
            #expect(result.reason == .cloudManaged)
            #expect(result.detail?.message.contains("isCloudManaged") == true)
        }
        var notManaged = smtpCloud
        notManaged.isCloudManaged = false
        #expect(try entry(notManaged).outcome == .softMatch)
    }

    @Test func anObjectIdentifierNamingAnotherObjectBlocksTheJoin() throws {
        var other = anchoredCloud
        other.onPremisesObjectIdentifier = Fixture.guid(7).string.uppercased()
        let result = try entry(other)
        #expect(result.reason == .objectIdentifierMapped)
        #expect(result.detail?.message.contains("PATCH /beta/users/c1 {\"onPremisesObjectIdentifier\": null}") == true)
        #expect(result.detail?.cloudAnchorGUID == Fixture.guid(7))
        #expect(result.detail?.cloudAnchorExistsOnPrem == false)
        // Allowed by the tenant: on-premises may take it over.
        #expect(try entry(other, features: features(allowIdentifier: true)).outcome == .anchored)
        // Not a GUID at all: it names some other object.
        other.onPremisesObjectIdentifier = "CN=someone"
        #expect(try entry(other).reason == .objectIdentifierMapped)
    }

    @Test func anObjectIdentifierNamingThisObjectInAnyFormIsFine() throws {
        let user = Fixture.onPrem("ann", 1, consistency: 9)
        var cloud = Fixture.cloud("c1", anchor: Fixture.anchor(9))
        for value in ["{\(Fixture.guid(1).string.uppercased())}", Fixture.guid(9).string, Fixture.anchor(1)] {
            cloud.onPremisesObjectIdentifier = value
            #expect(try entry(cloud, onPrem: user).outcome == .anchored, "\(value)")
        }
    }

    // MARK: - Soft match and the tenant

    @Test func softMatchOnlyWhereTheTenantAllowsIt() throws {
        #expect(try entry(smtpCloud).outcome == .softMatch)
        let blockedSoft = try entry(smtpCloud, features: features(blockSoft: true))
        #expect(blockedSoft.outcome == .setImmutableId)
        #expect(blockedSoft.via == .primarySmtp)
        let upnOff = try entry(upnCloud, features: features(upn: false))
        #expect(upnOff.outcome == .setImmutableId)
        #expect(upnOff.via == .userPrincipalName)
        // SMTP soft match does not depend on the UPN setting.
        #expect(try entry(smtpCloud, features: features(upn: false)).outcome == .softMatch)
    }

    @Test func aBlockedSoftMatchInATenantThatBlocksTakeoverIsHardMatchBlocked() throws {
        let result = try entry(smtpCloud, features: Self.hardened)
        #expect(result.reason == .hardMatchBlocked)
        #expect(result.via == .primarySmtp)
        #expect(result.detail?.message.contains("BlockSoftMatch") == true)
        #expect(try entry(upnCloud, features: features(blockTakeover: true, upn: false)).reason == .hardMatchBlocked)
        // Soft match allowed: takeover blocking does not matter.
        #expect(try entry(smtpCloud, features: features(blockTakeover: true)).outcome == .softMatch)
        let preferHard = try entry(smtpCloud, features: features(blockTakeover: true), preferHard: true)
        #expect(preferHard.reason == .hardMatchBlocked)
        #expect(preferHard.detail?.message.contains("--prefer-hard") == true)
    }

    @Test func aWrittenAnchorIsAHardMatchTheTenantMayBlock() throws {
        #expect(try entry(localPartCloud).outcome == .setImmutableId)
        let blocked = try entry(localPartCloud, features: features(blockTakeover: true))
        #expect(blocked.reason == .hardMatchBlocked)
        #expect(blocked.via == .upnLocalPart)
    }

    @Test func olderReasonsComeFirst() throws {
        var guest = smtpCloud
        guest.userType = "Guest"
        guest.isCloudManaged = true
        #expect(try entry(guest, features: Self.hardened, admins: ["c1"]).reason == .guest)
        var synced = smtpCloud
        synced.onPremisesSyncEnabled = true
        synced.onPremisesImmutableId = Fixture.anchor(5)
        synced.isCloudManaged = true
        #expect(try entry(synced, features: Self.hardened, admins: ["c1"]).reason == .alreadySynced)
    }

    // MARK: - The plan states the tenant

    @Test func blockersCountTheEntriesEachHoldsBack() throws {
        let onPrem = (1...3).map { Fixture.onPrem("u\($0)", UInt8($0)) }
        var cloud = (1...3).map { Fixture.cloud("c\($0)", anchor: Fixture.anchor(UInt8($0))) }
        cloud[2].isCloudManaged = true
        let tenant = TenantContext(features: Self.hardened, featureSource: .live, roleHolders: .live, unknown: ["roleEligibilitySchedules"])
        let plan = PlanBuilder(onPrem: onPrem, cloud: cloud, tenant: tenant).build()
        #expect(plan.blockers.map(\.reason) == [.hardMatchBlocked, .cloudManaged])
        #expect(plan.blockers.map(\.users) == [2, 1])
        let json = String(decoding: PlanFormat.json(plan), as: UTF8.self)
        #expect(json.hasPrefix(#"{"tenant":{"source":"live","blockSoftMatchEnabled":true,"blockCloudObjectTakeoverThroughHardMatchEnabled":true,"softMatchOnUpnEnabled":true,"allowOnPremUpdateOfOnPremisesObjectIdentifierEnabled":false,"roleHolders":"live","unknown":["roleEligibilitySchedules"],"blockers":[{"reason":"hardMatchBlocked","action":"turn off BlockCloudObjectTakeoverThroughHardMatch for the migration window, then turn it back on","users":2},{"reason":"cloudManaged","#))
        var table = ""
        PlanFormat.writeTable(plan) { table += String(decoding: $0, as: UTF8.self) }
        let lines = table.split(separator: "\n").map(String.init)
        #expect(lines[0].hasPrefix("tenant: sync features read from the tenant: blockSoftMatchEnabled true"))
        #expect(lines.contains { $0.hasPrefix("tenant: NOT CHECKED: roleEligibilitySchedules (apply refuses") })
        #expect(lines.firstIndex { $0.hasPrefix("blocker: hardMatchBlocked holds back 2 entries") }! < lines.firstIndex { $0.hasPrefix("OUTCOME") }!)
    }

    @Test func assumedDefaultsAreStatedAsAssumed() {
        let plan = PlanBuilder(onPrem: [], cloud: []).build()
        let json = String(decoding: PlanFormat.json(plan), as: UTF8.self)
        #expect(json.hasPrefix(#"{"tenant":{"source":"assumed","blockSoftMatchEnabled":false,"blockCloudObjectTakeoverThroughHardMatchEnabled":false,"softMatchOnUpnEnabled":true,"allowOnPremUpdateOfOnPremisesObjectIdentifierEnabled":false,"roleHolders":"none","unknown":[],"blockers":[]}"#))
    }

    // MARK: - Every cloud user appears

    @Test func candidatesCutFromACappedListGetTheirOwnEntry() {
        let onPrem = [Fixture.onPrem("ann", 1, upn: "ann@contoso.com", smtp: nil)]
        let cloud = (0..<25).map { Fixture.cloud(String(format: "c%02d", $0), upn: "ann@tenant\($0).onmicrosoft.com") }
        let plan = PlanBuilder(onPrem: onPrem, cloud: cloud).build()
        #expect(plan.entry("ann")?.reason == .ambiguous)
        #expect(plan.entry("ann")?.detail?.candidates.count == 20)
        var appearing = Set(plan.entry("ann")?.detail?.candidates ?? [])
        for entry in plan.entries where entry.outcome == .cloudOnly { appearing.insert(entry.cloud?.id ?? "") }
        #expect(appearing == Set(cloud.map(\.id)))
        #expect(plan.summary[.cloudOnly] == 5)
    }

    @Test func duplicateOnPremCandidatesAppearToo() {
        let onPrem = [Fixture.onPrem("ann", 1, upn: "ann@contoso.com"), Fixture.onPrem("bob", 2, upn: "ann@contoso.com", smtp: "bob@contoso.com")]
        let cloud = [Fixture.cloud("c1", upn: "ann@contoso.com"), Fixture.cloud("c2", upn: "ANN@contoso.com")]
        let plan = PlanBuilder(onPrem: onPrem, cloud: cloud).build()
        let shown = Set(plan.entries.compactMap(\.cloud?.id))
        #expect(shown == ["c1", "c2"])
    }
}
