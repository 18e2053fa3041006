import Testing
@testable import HardmatchCore

@Suite struct DirectoryCheckTests {
    let dirty = [
        CheckFixtures.user("zed", upn: "zed smith@contoso.com"),
        CheckFixtures.user("amy", upn: "amy@contoso.com", mail: "amy@contoso.com", proxies: ["SMTP:amy@contoso.com"]),
        CheckFixtures.user("bob", upn: "AMY@contoso.com"),
        CheckFixtures.user("krbtgt", upn: "krbtgt bad@contoso.com", sam: "krbtgt", critical: true, outOfScope: .isCriticalSystemObject),
    ]

    @Test func findingsComeInReportOrderWhateverTheInputOrder() {
        var forward = DirectoryCheck()
        var backward = DirectoryCheck()
        dirty.forEach { forward.check($0) }
        dirty.reversed().forEach { backward.check($0) }
        let report = forward.report()
        #expect(report.findings.map(\.dn) == report.findings.map(\.dn).sorted())
        // amy holds amy@ in three attributes: one finding, on the UPN, whichever user came first.
        #expect(report.findings.map(\.rule) == ["duplicateValue", "duplicateValue", "upnCharacter"])
        #expect(report.findings.map(\.attribute) == ["userPrincipalName", "userPrincipalName", "userPrincipalName"])
        // The duplicate pair is the same whichever user came first; only the wording differs.
        #expect(backward.report().findings.map { [$0.dn, $0.attribute, $0.value, $0.rule] } == report.findings.map { [$0.dn, $0.attribute, $0.value, $0.rule] })
    }

    @Test func usersOutOfScopeAreLeftOutUnlessIncluded() {
        var check = DirectoryCheck()
        dirty.forEach { check.check($0) }
        #expect(check.report().usersChecked == 3)
        #expect(check.report().systemObjectsSkipped == 1)
        #expect(!check.report().findings.contains { $0.dn.hasPrefix("CN=krbtgt") })

        var all = DirectoryCheck(options: CheckOptions(includeSystemObjects: true))
        dirty.forEach { all.check($0) }
        #expect(all.report().usersChecked == 4)
        #expect(all.report().findings.contains { $0.dn.hasPrefix("CN=krbtgt") && $0.rule == "upnCharacter" })
    }

    /// IdFix's name-based exclusions are gone: a health mailbox or an account ending in `$`
    /// is synchronised, so its data can break the sync and is checked.
    @Test func onlyTheSyncScopeDecidesWhoIsLeftOut() {
        var check = DirectoryCheck()
        check.check(CheckFixtures.user("HealthMailbox0c4e7d1", upn: "health mailbox@contoso.com"))
        check.check(CheckFixtures.user("trust", upn: "trust account@contoso.com", sam: "CONTOSO$"))
        #expect(check.report().usersChecked == 2)
        #expect(check.report().findings.count { $0.rule == "upnCharacter" } == 2)
    }

    @Test func summaryAndErrorState() {
        var clean = DirectoryCheck()
        clean.check(CheckFixtures.user("amy", upn: "amy@contoso.com"))
        #expect(!clean.report().hasErrors)
        #expect(clean.report().summary == "0 errors, 0 warnings in 1 user checked")

        var check = DirectoryCheck()
        dirty.forEach { check.check($0) }
        check.check(CheckFixtures.user("cat", upn: nil, sam: "cat"))
        let report = check.report()
        #expect(report.hasErrors)
        #expect(report.errors == 3)
        #expect(report.warnings == 1)
        #expect(report.summary == "3 errors, 1 warning in 4 users checked (1 user out of the sync's scope left out; --include-system checks them)")
    }
}

/// What a source delivers besides distinct users: the same entry twice, and entries that
/// are not users at all; the summary accounts for every one.
@Suite struct DirectoryCheckEntryTests {
    @Test func theSameDNTwiceIsOneRepeatedEntryNotADuplicate() {
        var check = DirectoryCheck()
        let user = CheckFixtures.user("amy", upn: "amy smith@contoso.com", mail: "amy@contoso.com", proxies: ["SMTP:amy@contoso.com"])
        check.check(user)
        check.check(user)
        check.check(user)
        check.check(CheckFixtures.user("bob", upn: "bob@contoso.com"))
        let report = check.report()
        #expect(report.findings.map(\.rule) == ["repeatedEntry", "upnCharacter"])
        let repeated = report.findings[0]
        #expect(repeated.attribute == "dn")
        #expect(repeated.value == user.dn)
        #expect(repeated.severity == .warning)
        #expect(repeated.detail.hasPrefix("the source holds this entry 3 times"))
        #expect(report.usersChecked == 2)
        #expect(report.repeatedEntries == 2)
        #expect(report.summary == "1 error, 1 warning in 2 users checked (4 entries: 2 repeats of an entry already read)")
    }

    @Test func entriesThatAreNotUsersAreCounted() {
        var report = CheckReport(findings: [], usersChecked: 3, systemObjectsSkipped: 0)
        report.notUsers = 2
        #expect(report.summary == "0 errors, 0 warnings in 3 users checked (5 entries: 2 not users)")
        report.systemObjectsSkipped = 1
        report.notUsers = 1
        #expect(report.entries == 5)
        #expect(report.summary == "0 errors, 0 warnings in 3 users checked (5 entries: 1 not user; 1 user out of the sync's scope left out; --include-system checks them)")
    }
}
