import HardmatchCore
import HardmatchMigration
import Testing

/// `apply`'s re-read compares every field SPEC §6 lists, not only the first three.
@Suite struct HardeningDecisionTests {
    private let live = CloudUser(id: "c1", userPrincipalName: "ann@contoso.com", mail: "ann@contoso.com", userType: "Member", isCloudManaged: false)

    private func target(upn: String? = "ann@contoso.com", mail: String? = "ann@contoso.com", identifier: String? = nil, managed: Bool? = false) -> WriteTarget {
        WriteTarget(
            cloudID: "c1", userPrincipalName: "ann@contoso.com", value: "4WXSe+OMM0WUYfwqv5kYoA==", expectedImmutableID: nil,
            expectedSyncEnabled: .value(nil), expectedUserType: .value("Member"), expectedUserPrincipalName: .value(upn),
            expectedMail: .value(mail), expectedObjectIdentifier: .value(identifier), expectedCloudManaged: .value(managed)
        )
    }

    private func decide(_ target: WriteTarget, _ user: CloudUser) -> WriteDecision {
        WriteDecision.decide(target, live: user, journal: nil, administrators: [], guardsCloudOnly: true)
    }

    @Test func asPlannedIsWritten() {
        #expect(decide(target(), live) == .write(before: nil))
    }

    @Test func aRenamedAccountIsSkipped() {
        guard case .skip(.changed(let property, _, _)) = decide(target(upn: "old@contoso.com"), live) else { Issue.record("written"); return }
        #expect(property == "userPrincipalName")
        guard case .skip(.changed(let mail, _, _)) = decide(target(mail: nil), live) else { Issue.record("written"); return }
        #expect(mail == "mail")
    }

    @Test func anObjectIdentifierOrCloudSourceOfAuthoritySinceThePlanIsSkipped() {
        var mapped = live
        mapped.onPremisesObjectIdentifier = "7bd265e1-8ce3-4533-9461-fc2abf9918a0"
        guard case .skip(.changed(let property, _, _)) = decide(target(), mapped) else { Issue.record("written"); return }
        #expect(property == "onPremisesObjectIdentifier")
        var managed = live
        managed.isCloudManaged = true
        guard case .skip(.changed(let behavior, _, _)) = decide(target(managed: nil), managed) else { Issue.record("written"); return }
        #expect(behavior == "onPremisesSyncBehavior.isCloudManaged")
        // Unknown when planned, and still not cloud-managed: written.
        #expect(decide(target(managed: nil), live) == .write(before: nil))
    }
}
