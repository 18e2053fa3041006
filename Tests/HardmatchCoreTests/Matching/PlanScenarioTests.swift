import HardmatchCore
import Testing

/// One scenario per matching rule and per conflict reason of SPEC §5: the users, and the
/// outcome, `via` and `reason` the on-premises user `subject` must get.
struct Scenario: CustomTestStringConvertible, Sendable {
    var name: String
    var onPrem: [OnPremUser]
    var cloud: [CloudUser]
    var admins: Set<String> = []
    /// (on-premises index, cloud index) rows of a mapping file.
    var pairings: [Pairing] = []
    var preferHard = false
    var subject = "ann"
    var outcome: MatchOutcome
    var via: MatchVia?
    var reason: ConflictReason?
    /// The cloud id the subject's entry must name (nil: none).
    var cloudId: String?

    var testDescription: String { name }
}

@Suite struct PlanScenarioTests {
    static let scenarios: [Scenario] = [
        // MARK: Entra's own rules
        Scenario(
            name: "hard match: cloud anchor equals the source anchor",
            onPrem: [Fixture.onPrem("ann", 1)],
            cloud: [Fixture.cloud("c1", upn: "other@contoso.onmicrosoft.com", anchor: Fixture.anchor(1))],
            outcome: .anchored, via: .sourceAnchor, cloudId: "c1"
        ),
        Scenario(
            name: "hard match uses mS-DS-ConsistencyGuid when set, not objectGUID",
            onPrem: [Fixture.onPrem("ann", 1, consistency: 9)],
            cloud: [Fixture.cloud("c1", anchor: Fixture.anchor(9))],
            outcome: .anchored, via: .sourceAnchor, cloudId: "c1"
        ),
        Scenario(
            name: "hard match is case-sensitive: a differently cased anchor is another anchor",
            onPrem: [Fixture.onPrem("ann", 1, upn: nil, smtp: nil)],
            cloud: [Fixture.cloud("c1", anchor: Fixture.anchor(1).lowercased())],
            outcome: .onPremOnly
        ),
        Scenario(
            name: "soft match by primary SMTP against cloud proxy addresses, ignoring case",
            onPrem: [Fixture.onPrem("ann", 1)],
            cloud: [Fixture.cloud("c1", upn: "x@contoso.onmicrosoft.com", proxies: ["SMTP:ANN@Contoso.com"])],
            outcome: .softMatch, via: .primarySmtp, cloudId: "c1"
        ),
        Scenario(
            name: "soft match by UPN, ignoring case",
            onPrem: [Fixture.onPrem("ann", 1)],
            cloud: [Fixture.cloud("c1", upn: "Ann@CONTOSO.com")],
            outcome: .softMatch, via: .userPrincipalName, cloudId: "c1"
        ),
        Scenario(
            name: "SMTP soft match comes before UPN soft match",
            onPrem: [Fixture.onPrem("ann", 1)],
            cloud: [Fixture.cloud("c-upn", upn: "ann@contoso.com"), Fixture.cloud("c-smtp", upn: "a@contoso.onmicrosoft.com", proxies: ["smtp:ann@contoso.com"])],
            outcome: .softMatch, via: .primarySmtp, cloudId: "c-smtp"
        ),
        Scenario(
            name: "cloud mail alone does not soft-match (Entra compares proxyAddresses); it pairs as sharedSmtp",
            onPrem: [Fixture.onPrem("ann", 1)],
            cloud: [Fixture.cloud("c1", upn: "a@contoso.onmicrosoft.com", mail: "ann@contoso.com")],
            outcome: .setImmutableId, via: .sharedSmtp, cloudId: "c1"
        ),
        Scenario(
            name: "--prefer-hard turns a soft match into setImmutableId",
            onPrem: [Fixture.onPrem("ann", 1)],
            cloud: [Fixture.cloud("c1", upn: "ann@contoso.com")],
            preferHard: true,
            outcome: .setImmutableId, via: .userPrincipalName, cloudId: "c1"
        ),
        // MARK: Pairings beyond Entra's rules
        Scenario(
            name: "mapping file pairs users no rule would",
            onPrem: [Fixture.onPrem("ann", 1)],
            cloud: [Fixture.cloud("c1", upn: "zz@contoso.onmicrosoft.com")],
            pairings: [Pairing(onPrem: 0, cloud: 0)],
            outcome: .setImmutableId, via: .mapping, cloudId: "c1"
        ),
        Scenario(
            name: "mapping wins over a soft match (writing the anchor makes Entra hard-match)",
            onPrem: [Fixture.onPrem("ann", 1)],
            cloud: [Fixture.cloud("c-soft", upn: "ann@contoso.com"), Fixture.cloud("c-mapped", upn: "zz@contoso.onmicrosoft.com")],
            pairings: [Pairing(onPrem: 0, cloud: 1)],
            outcome: .setImmutableId, via: .mapping, cloudId: "c-mapped"
        ),
        Scenario(
            name: "a secondary address shared with a cloud proxy address",
            onPrem: [Fixture.onPrem("ann", 1, aliases: ["a.old@contoso.com"])],
            cloud: [Fixture.cloud("c1", upn: "zz@contoso.onmicrosoft.com", proxies: ["smtp:A.Old@contoso.com"])],
            outcome: .setImmutableId, via: .sharedSmtp, cloudId: "c1"
        ),
        Scenario(
            name: "same UPN local part, cloud UPN in *.onmicrosoft.com",
            onPrem: [Fixture.onPrem("ann", 1)],
            cloud: [Fixture.cloud("c1", upn: "ANN@contoso.onmicrosoft.com")],
            outcome: .setImmutableId, via: .upnLocalPart, cloudId: "c1"
        ),
        Scenario(
            name: "same UPN local part in another custom domain is no pairing",
            onPrem: [Fixture.onPrem("ann", 1)],
            cloud: [Fixture.cloud("c1", upn: "ann@fabrikam.com")],
            outcome: .onPremOnly
        ),
        Scenario(
            name: "no cloud user at all",
            onPrem: [Fixture.onPrem("ann", 1)],
            cloud: [],
            outcome: .onPremOnly
        ),
        // MARK: Conflicts
        Scenario(
            name: "anchorMismatch: the soft-matched cloud user has another ImmutableId",
            onPrem: [Fixture.onPrem("ann", 1)],
            cloud: [Fixture.cloud("c1", upn: "ann@contoso.com", anchor: Fixture.anchor(7))],
            outcome: .conflict, via: .userPrincipalName, reason: .anchorMismatch, cloudId: "c1"
        ),
        Scenario(
            name: "anchorMismatch also for a pairing of ours (never overwrite an anchor)",
            onPrem: [Fixture.onPrem("ann", 1)],
            cloud: [Fixture.cloud("c1", upn: "ann@contoso.onmicrosoft.com", anchor: "not-base64!")],
            outcome: .conflict, via: .upnLocalPart, reason: .anchorMismatch, cloudId: "c1"
        ),
        Scenario(
            name: "alreadySynced: onPremisesSyncEnabled with another anchor",
            onPrem: [Fixture.onPrem("ann", 1)],
            cloud: [Fixture.cloud("c1", upn: "ann@contoso.com", anchor: Fixture.anchor(7), synced: true)],
            outcome: .conflict, via: .userPrincipalName, reason: .alreadySynced, cloudId: "c1"
        ),
        Scenario(
            name: "guest: a soft match to a guest is refused",
            onPrem: [Fixture.onPrem("ann", 1)],
            cloud: [Fixture.cloud("c1", upn: "ann_contoso.com#EXT#@contoso.onmicrosoft.com", proxies: ["SMTP:ann@contoso.com"], type: "Guest")],
            outcome: .conflict, via: .primarySmtp, reason: .guest, cloudId: "c1"
        ),
        Scenario(
            name: "adminRole: never soft-matched, never written",
            onPrem: [Fixture.onPrem("ann", 1)],
            cloud: [Fixture.cloud("c1", upn: "ann@contoso.onmicrosoft.com")],
            admins: ["c1"],
            outcome: .conflict, via: .upnLocalPart, reason: .adminRole, cloudId: "c1"
        ),
        Scenario(
            name: "ambiguous: two cloud users for one on-premises user",
            onPrem: [Fixture.onPrem("ann", 1)],
            cloud: [Fixture.cloud("c1", upn: "ann@contoso.onmicrosoft.com"), Fixture.cloud("c2", upn: "ann@contosolab.onmicrosoft.com")],
            outcome: .conflict, via: .upnLocalPart, reason: .ambiguous
        ),
        Scenario(
            name: "ambiguous: two on-premises users for one cloud user",
            onPrem: [Fixture.onPrem("ann", 1, aliases: ["team@contoso.com"]), Fixture.onPrem("bea", 2, aliases: ["team@contoso.com"])],
            cloud: [Fixture.cloud("c1", upn: "team@contoso.onmicrosoft.com", proxies: ["SMTP:team@contoso.com"])],
            outcome: .conflict, via: .sharedSmtp, reason: .ambiguous, cloudId: "c1"
        ),
        Scenario(
            name: "ambiguous: a mapping row contradicts an existing hard match",
            onPrem: [Fixture.onPrem("ann", 1)],
            cloud: [Fixture.cloud("c1", anchor: Fixture.anchor(1)), Fixture.cloud("c2")],
            pairings: [Pairing(onPrem: 0, cloud: 1)],
            outcome: .conflict, via: .sourceAnchor, reason: .ambiguous, cloudId: "c1"
        ),
        Scenario(
            name: "duplicateOnPrem: two on-premises users share a primary SMTP address",
            onPrem: [Fixture.onPrem("ann", 1, smtp: "shared@contoso.com"), Fixture.onPrem("bea", 2, smtp: "Shared@contoso.com")],
            cloud: [],
            outcome: .conflict, reason: .duplicateOnPrem
        ),
        Scenario(
            name: "duplicateOnPrem: two on-premises users share a UPN",
            onPrem: [Fixture.onPrem("ann", 1, upn: "same@contoso.com"), Fixture.onPrem("bea", 2, upn: "SAME@contoso.com")],
            cloud: [],
            outcome: .conflict, reason: .duplicateOnPrem
        ),
        Scenario(
            name: "duplicateOnPrem: two on-premises users share a source anchor (copied consistency GUID)",
            onPrem: [Fixture.onPrem("ann", 1, consistency: 5), Fixture.onPrem("bea", 2, consistency: 5)],
            cloud: [],
            outcome: .conflict, reason: .duplicateOnPrem
        ),
        Scenario(
            name: "collision: unpaired, and the UPN is an unpaired cloud user's mail",
            onPrem: [Fixture.onPrem("ann", 1, smtp: nil)],
            cloud: [Fixture.cloud("c1", upn: "old-ann@contoso.onmicrosoft.com", mail: "ann@contoso.com")],
            outcome: .conflict, reason: .collision, cloudId: "c1"
        ),
    ]

    @Test(arguments: scenarios)
    func scenario(_ scenario: Scenario) throws {
        let plan = PlanBuilder(
            onPrem: scenario.onPrem, cloud: scenario.cloud, adminIds: scenario.admins,
            pairings: scenario.pairings, preferHard: scenario.preferHard
        ).build()
        let entry = try #require(plan.entry(scenario.subject))
        #expect(entry.outcome == scenario.outcome)
        #expect(entry.via == scenario.via)
        #expect(entry.reason == scenario.reason)
        #expect(entry.cloud?.id == scenario.cloudId)
        #expect((entry.reason != nil) == (entry.detail != nil))
        // Every on-premises user once, every cloud user in some entry.
        #expect(plan.entries.filter { $0.onPrem != nil }.count == scenario.onPrem.count)
        for user in scenario.cloud {
            let mentioned = plan.entries.contains { $0.cloud?.id == user.id || $0.detail?.candidates.contains(user.id) == true }
            #expect(mentioned, "cloud user \(user.id) is in no entry")
        }
    }
}
