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
