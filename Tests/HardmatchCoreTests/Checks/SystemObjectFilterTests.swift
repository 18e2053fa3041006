import Testing
@testable import HardmatchCore

@Suite struct SystemObjectFilterTests {
    @Test(arguments: ["krbtgt", "KRBTGT", "krbtgt_12345", "Guest", "HealthMailbox0c4e7d1", "SystemMailbox{1f05a927-3be2-4fb9-aa03-b59fe3b56f4c}", "DiscoverySearchMailbox {D919BA05-46A6-415f-80AD-7E09334BB852}", "FederatedEmail.4c1f4d8b-8179-4148-93bf-00a95fa1e042", "MSOL_0123456789ab", "WS-0001$"])
    func wellKnownNamesAreLeftOut(sam: String) {
        #expect(SystemObjectFilter.exclusionReason(CheckFixtures.user("x", sam: sam)) != nil)
    }

    @Test func theCNIsEnoughWithoutSAMAccountName() {
        #expect(SystemObjectFilter.exclusionReason(CheckFixtures.user("x", sam: "", dn: "CN=HealthMailbox12ab,CN=Monitoring Mailboxes,DC=contoso,DC=com")) != nil)
    }

    @Test func conflictAndCriticalObjectsAreLeftOut() {
        #expect(SystemObjectFilter.exclusionReason(CheckFixtures.user("x", sam: "alice", dn: "CN=Alice\\0ACNF:6f1c2d3e-5a4b-4c3d-8e2f-1a0b9c8d7e6f,DC=contoso,DC=com")) != nil)
        #expect(SystemObjectFilter.exclusionReason(CheckFixtures.user("x", sam: "alice", dn: "CN=Alice\nCNF:6f1c2d3e-5a4b-4c3d-8e2f-1a0b9c8d7e6f,DC=contoso,DC=com")) != nil)
        #expect(SystemObjectFilter.exclusionReason(CheckFixtures.user("x", sam: "admin", critical: true)) != nil)
    }

    @Test(arguments: ["alice", "guesthouse.manager", "Administrator2", "health.mailbox", "krbtgtfan"])
    func peopleAreChecked(sam: String) {
        #expect(SystemObjectFilter.exclusionReason(CheckFixtures.user("Some Person", sam: sam, critical: false)) == nil)
    }
}
