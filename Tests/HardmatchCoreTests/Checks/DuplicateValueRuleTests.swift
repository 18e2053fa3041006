import Testing
@testable import HardmatchCore

@Suite struct DuplicateValueRuleTests {
    func run(_ users: [OnPremUser]) -> [Finding] {
        var rule = DuplicateValueRule()
        for user in users { rule.add(user) }
        return rule.findings.sorted(by: Finding.reportOrder)
    }

    func pairs(_ findings: [Finding]) -> [String] {
        findings.map { "\($0.dn.prefix(while: { $0 != "," }).dropFirst(3))/\($0.attribute)" }
    }

    @Test func sameUPNTwiceIsReportedOnBothUsers() {
        let found = run([
            CheckFixtures.user("a", upn: "alice@contoso.com"),
            CheckFixtures.user("b", upn: "ALICE@Contoso.com"),
        ])
        #expect(pairs(found) == ["a/userPrincipalName", "b/userPrincipalName"])
        #expect(found.allSatisfy { $0.rule == "duplicateValue" && $0.severity == .error })
        #expect(found.map(\.value) == ["alice@contoso.com", "ALICE@Contoso.com"])
        #expect(found[0].detail.contains("CN=b,"))
        #expect(found[1].detail.contains("CN=a,"))
    }

    @Test func aUPNEqualToAnotherUsersProxyAddressIsADuplicate() {
        let found = run([
            CheckFixtures.user("owner", upn: "owner@contoso.com", proxies: ["SMTP:owner@contoso.com", "smtp:sales@contoso.com"]),
            CheckFixtures.user("taker", upn: "Sales@Contoso.com"),
        ])
        #expect(pairs(found) == ["owner/proxyAddresses", "taker/userPrincipalName"])
        #expect(found[0].value == "smtp:sales@contoso.com")
    }

    @Test func mailAgainstAnotherUsersPrimaryIsADuplicate() {
        let found = run([
            CheckFixtures.user("a", mail: "shared@contoso.com"),
            CheckFixtures.user("b", proxies: ["SMTP:Shared@contoso.com"]),
        ])
        #expect(pairs(found) == ["a/mail", "b/proxyAddresses"])
    }

    @Test func oneUserHoldingItsOwnAddressTwiceIsNot() {
        #expect(run([
            CheckFixtures.user("a", upn: "alice@contoso.com", mail: "Alice@contoso.com", proxies: ["SMTP:alice@contoso.com", "smtp:ALICE@CONTOSO.COM"]),
            CheckFixtures.user("b", upn: "bob@contoso.com", mail: "bob@contoso.com", proxies: ["SMTP:bob@contoso.com"]),
        ]).isEmpty)
    }

    @Test func otherAddressTypesAreTheirOwnNamespaces() {
        #expect(run([
            CheckFixtures.user("a", upn: "a@contoso.com", proxies: ["SIP:shared@contoso.com", "EUM:shared@contoso.com"]),
            CheckFixtures.user("b", upn: "b@contoso.com", proxies: ["smtp:shared@contoso.com", "X500:shared@contoso.com"]),
        ]).isEmpty)
        let sip = run([
            CheckFixtures.user("a", proxies: ["SIP:shared@contoso.com"]),
            CheckFixtures.user("b", proxies: ["sip:Shared@Contoso.com"]),
        ])
        #expect(pairs(sip) == ["a/proxyAddresses", "b/proxyAddresses"])
        let x500 = run([
            CheckFixtures.user("a", proxies: ["X500:/o=Org/cn=alice"]),
            CheckFixtures.user("b", proxies: ["x500:/O=ORG/CN=ALICE"]),
        ])
        #expect(pairs(x500) == ["a/proxyAddresses", "b/proxyAddresses"])
    }

    @Test func eachHolderIsReportedOncePerValueWhateverTheOrder() {
        let amy = CheckFixtures.user("amy", upn: "amy@contoso.com", mail: "amy@contoso.com", proxies: ["SMTP:amy@contoso.com"])
        let bob = CheckFixtures.user("bob", mail: "AMY@contoso.com")
        #expect(pairs(run([amy, bob])) == ["amy/userPrincipalName", "bob/mail"])
        #expect(pairs(run([bob, amy])) == ["amy/userPrincipalName", "bob/mail"])
    }

    @Test func threeHoldersReportTheFirstOnce() {
        let found = run([
            CheckFixtures.user("a", mail: "x@contoso.com"),
            CheckFixtures.user("b", mail: "x@contoso.com"),
            CheckFixtures.user("c", upn: "x@contoso.com"),
        ])
        #expect(pairs(found) == ["a/mail", "b/mail", "c/userPrincipalName"])
    }

    @Test func mailNicknameDuplicatesAreWarnings() {
        let found = run([
            CheckFixtures.user("a", nickname: "alias"),
            CheckFixtures.user("b", nickname: "ALIAS"),
            CheckFixtures.user("c", upn: "alias@contoso.com"),
        ])
        #expect(pairs(found) == ["a/mailNickname", "b/mailNickname"])
        #expect(found.allSatisfy { $0.rule == "duplicateMailNickname" && $0.severity == .warning })
    }

    @Test func surroundingWhitespaceDoesNotHideADuplicate() {
        let found = run([
            CheckFixtures.user("a", mail: "x@contoso.com"),
            CheckFixtures.user("b", mail: "x@contoso.com "),
        ])
        #expect(found.count == 2)
    }

    @Test func distinctValuesAtScaleGiveNothing() {
        let users = (0..<5_000).map { CheckFixtures.user("u\($0)", upn: "u\($0)@contoso.com", mail: "u\($0)@contoso.com", proxies: ["SMTP:u\($0)@contoso.com", "smtp:alias\($0)@contoso.com"]) }
        #expect(run(users).isEmpty)
        let withOne = users + [CheckFixtures.user("late", upn: "alias4999@CONTOSO.com")]
        #expect(pairs(run(withOne)) == ["late/userPrincipalName", "u4999/proxyAddresses"])
    }
}

/// The namespaces as Entra ID sees them: through stray whitespace, and `sAMAccountName`
/// where it stands in for a missing UPN.
@Suite struct DuplicateNamespaceTests {
    func run(_ users: [OnPremUser]) -> [Finding] {
        var rule = DuplicateValueRule()
        for user in users { rule.add(user) }
        return rule.findings.sorted(by: Finding.reportOrder)
    }

    @Test func aProxyAddressWithStraySpacesCollidesWithTheUPNItSpells() {
        let found = run([
            CheckFixtures.user("owner", upn: "owner@contoso.com", proxies: ["SMTP:owner@contoso.com", " smtp:alias@contoso.com"]),
            CheckFixtures.user("taker", upn: "alias@contoso.com"),
            CheckFixtures.user("third", proxies: ["SMTP :Other@contoso.com"]),
            CheckFixtures.user("fourth", mail: "other@contoso.com"),
        ])
        #expect(found.map { "\($0.dn.prefix(while: { $0 != "," }))|\($0.value)" } == [
            "CN=fourth|other@contoso.com", "CN=owner| smtp:alias@contoso.com", "CN=taker|alias@contoso.com", "CN=third|SMTP :Other@contoso.com",
        ])
        #expect(found.allSatisfy { $0.rule == "duplicateValue" })
    }

    @Test func aSharedSAMAccountNameIsADuplicateOnlyWithoutUPNs() {
        let found = run([
            CheckFixtures.user("a", upn: nil, sam: "jdoe"),
            CheckFixtures.user("b", upn: "  ", sam: "JDoe"),
            CheckFixtures.user("c", upn: "jdoe@contoso.com", sam: "jdoe"),
        ])
        #expect(found.map(\.dn) == ["CN=a,OU=Test,DC=contoso,DC=com", "CN=b,OU=Test,DC=contoso,DC=com"])
        #expect(found.allSatisfy { $0.rule == "duplicateSamAccountName" && $0.severity == .error && $0.attribute == "sAMAccountName" })
        #expect(found.first?.detail.hasPrefix("also the sAMAccountName of CN=b,") == true)
        #expect(run([CheckFixtures.user("a", upn: "a@contoso.com", sam: "jdoe"), CheckFixtures.user("b", upn: "b@contoso.com", sam: "jdoe")]).isEmpty)
    }

    @Test func theSameDNTwiceIsNotADuplicate() {
        var rule = DuplicateValueRule()
        let user = CheckFixtures.user("a", upn: "alice@contoso.com", mail: "alice@contoso.com")
        let first = rule.add(user)
        let second = rule.add(user)
        #expect(first)
        #expect(!second)
        #expect(rule.findings.isEmpty)
    }

    @Test func holdersOfAValueAreNamedForFixes() {
        var rule = DuplicateValueRule()
        rule.add(CheckFixtures.user("a", upn: "dup20@contoso.com", mail: "dup20@contoso.com", proxies: ["X500:/o=Org/cn=a"], sam: "dup20", nickname: "dup20"))
        rule.add(CheckFixtures.user("b", upn: "du p20@contoso.com"))
        let b = "CN=b,OU=Test,DC=contoso,DC=com"
        #expect(rule.holder(of: "DUP20@contoso.com", in: "userPrincipalName", besides: b) == "the userPrincipalName of CN=a,OU=Test,DC=contoso,DC=com")
        #expect(rule.holder(of: "smtp:dup20@contoso.com", in: "proxyAddresses", besides: b) != nil)
        #expect(rule.holder(of: "x500:/O=ORG/CN=A", in: "proxyAddresses", besides: b) != nil)
        #expect(rule.holder(of: "Dup20", in: "mailNickname", besides: b) != nil)
        #expect(rule.holder(of: "DUP20", in: "sAMAccountName", besides: b) != nil)
        #expect(rule.holder(of: "dup21@contoso.com", in: "userPrincipalName", besides: b) == nil)
        // A user's own value is no obstacle: its UPN may become its own mail.
        #expect(rule.holder(of: "dup20@contoso.com", in: "userPrincipalName", besides: "CN=a,OU=Test,DC=contoso,DC=com") == nil)
    }
}

/// The duplicate rule over its `ValueTable`: the cases a broken table would get wrong.
@Suite struct DuplicateTableTests {
    func run(_ users: [OnPremUser]) -> [Finding] {
        var rule = DuplicateValueRule()
        for user in users { rule.add(user) }
        return rule.findings.sorted(by: Finding.reportOrder)
    }

    @Test func aUPNAndAPrefixedProxyAddressDifferingInCaseAndSpacesAreOneValue() {
        let found = run([
            CheckFixtures.user("owner", upn: "owner@contoso.com", proxies: ["SMTP:owner@contoso.com", "smtp: Sales@CONTOSO.com "]),
            CheckFixtures.user("taker", upn: "sales@contoso.com"),
        ])
        #expect(found.map(\.value) == ["smtp: Sales@CONTOSO.com ", "sales@contoso.com"])
        #expect(found.map(\.attribute) == ["proxyAddresses", "userPrincipalName"])
        #expect(found[1].detail.hasPrefix("also the proxyAddresses of CN=owner,OU=Test,DC=contoso,DC=com;"))
    }

    @Test func nonASCIIDuplicatesAreFoundAndNamed() {
        let found = run([
            CheckFixtures.user("a", upn: "ÉLODIE@contoso.com"),
            CheckFixtures.user("b", mail: "élodie@contoso.com"),
            CheckFixtures.user("c", mail: "elodie@contoso.com"),
        ])
        #expect(found.map(\.value) == ["ÉLODIE@contoso.com", "élodie@contoso.com"])
    }

    @Test func theFirstHolderIsNamedAfterTheTableHasGrown() {
        var users = (0..<3_000).map { CheckFixtures.user("u\($0)", upn: "u\($0)@contoso.com", proxies: ["X500:/o=Org/cn=u\($0)"]) }
        users.append(CheckFixtures.user("late", proxies: ["x500:/O=ORG/CN=U17"]))
        let found = run(users)
        #expect(found.map(\.dn) == ["CN=late,OU=Test,DC=contoso,DC=com", "CN=u17,OU=Test,DC=contoso,DC=com"])
        #expect(found[0].detail.hasPrefix("also the proxyAddresses of CN=u17,OU=Test,DC=contoso,DC=com;"))
        #expect(found[1].value == "X500:/o=Org/cn=u17")
    }

    @Test func aDNDifferingOnlyInCaseIsAnotherEntry() {
        var rule = DuplicateValueRule()
        let added = [
            CheckFixtures.user("a", upn: "a@contoso.com", dn: "CN=a,DC=contoso,DC=com"),
            CheckFixtures.user("b", upn: "b@contoso.com", dn: "cn=a,dc=contoso,dc=com"),
            CheckFixtures.user("c", upn: "c@contoso.com", dn: "CN=a,DC=contoso,DC=com"),
        ].map { rule.add($0) }
        #expect(added == [true, true, false])
    }
}
