import Testing
@testable import HardmatchCore

@Suite struct UserPrincipalNameRuleTests {
    let rule = UserPrincipalNameRule(options: CheckOptions(verifiedDomains: ["contoso.com"]))
    let unverified = UserPrincipalNameRule()

    func rules(_ upn: String?, sam: String? = "someone", rule: UserPrincipalNameRule? = nil) -> [String] {
        CheckFixtures.rules(rule ?? self.rule, CheckFixtures.user("u", upn: upn, sam: sam))
    }

    @Test(arguments: [
        "alice@contoso.com", "Alice.Smith@Contoso.com", "o'brien@contoso.com", "a_b-c!d#e^f~g@contoso.com",
        String(repeating: "x", count: 63) + "@contoso.com",
    ])
    func validNamesPass(upn: String) {
        #expect(rules(upn) == [])
    }

    @Test(arguments: [
        "alice smith@contoso.com", "alice\\smith@contoso.com", "al%ice@contoso.com", "al&ice@contoso.com", "al*ice@contoso.com",
        "al+ice@contoso.com", "al/ice@contoso.com", "al=ice@contoso.com", "al?ice@contoso.com", "al{ice@contoso.com",
        "al}ice@contoso.com", "al|ice@contoso.com", "al<ice@contoso.com", "al>ice@contoso.com", "al(ice@contoso.com",
        "al)ice@contoso.com", "al;ice@contoso.com", "al:ice@contoso.com", "al,ice@contoso.com", "al[ice@contoso.com",
        "al]ice@contoso.com", "al\"ice@contoso.com", "alice\t@contoso.com", "jürgen@contoso.com",
    ])
    func forbiddenCharactersAreErrors(upn: String) {
        let findings = CheckFixtures.findings(rule, CheckFixtures.user("u", upn: upn))
        #expect(findings.map(\.rule) == ["upnCharacter"])
        #expect(findings.first?.severity == .error)
    }

    @Test func removingTheCharacterIsSuggestedOnlyWhenThatGivesAValidName() {
        let space = CheckFixtures.findings(rule, CheckFixtures.user("u", upn: " alice smith@contoso.com "))
        #expect(space.first?.fix == "alicesmith@contoso.com")
        #expect(space.first?.detail.contains("a space") == true)
        let umlaut = CheckFixtures.findings(rule, CheckFixtures.user("u", upn: "jürgen@contoso.com"))
        #expect(umlaut.first?.fix == nil)
    }

    @Test func lengthLimits() {
        let local64 = String(repeating: "x", count: 64)
        #expect(rules(local64 + "@contoso.com") == ["upnLocalPartLength"])
        let domain48 = String(repeating: "d", count: 41) + ".com.au"
        #expect(domain48.count == 48)
        #expect(rules("a@" + domain48, rule: unverified) == [])
        let domain49 = "e" + domain48
        #expect(rules("a@" + domain49, rule: unverified) == ["upnDomainLength"])
        let longest = String(repeating: "x", count: 63) + "@" + domain48
        #expect(longest.count == 112)
        #expect(rules(longest, rule: unverified) == [])
        #expect(rules(local64 + "@" + domain49, rule: unverified) == ["upnDomainLength", "upnLength", "upnLocalPartLength"])
    }

    @Test(arguments: [".alice@contoso.com", "alice.@contoso.com", "al..ice@contoso.com", "alice", "alice@", "@contoso.com", "a@b@contoso.com", "alice@contoso..com", "alice@-contoso.com"])
    func malformedNamesAreFormatErrors(upn: String) {
        #expect(rules(upn) == ["upnFormat"])
    }

    @Test func dotsAtTheEndsOfTheLocalPartHaveAFix() {
        let findings = CheckFixtures.findings(rule, CheckFixtures.user("u", upn: ".alice.@contoso.com"))
        #expect(findings.map(\.fix) == ["alice@contoso.com"])
    }

    @Test(arguments: ["alice@corp.local", "alice@contoso.lan", "alice@ad.internal", "alice@contoso.corp", "alice@intranet", "alice@hardmatch.test", "alice@10.0.0.1"])
    func nonRoutableSuffixesAreErrors(upn: String) {
        #expect(rules(upn, rule: unverified) == ["upnSuffixNotRoutable"])
        let findings = CheckFixtures.findings(rule, CheckFixtures.user("u", upn: upn))
        #expect(findings.map(\.rule) == ["upnSuffixNotRoutable"])
        #expect(findings.first?.fix == "alice@contoso.com")
    }

    @Test func suffixOutsideTheVerifiedListIsAnErrorOnlyWhenAListIsGiven() {
        #expect(rules("alice@fabrikam.com", rule: unverified) == [])
        #expect(rules("alice@fabrikam.com") == ["upnSuffixNotVerified"])
        #expect(rules("alice@CONTOSO.COM") == [])
        #expect(rules("alice@sub.contoso.com") == ["upnSuffixNotVerified"])
    }

    @Test func aVerifiedSuffixIsAlwaysAccepted() {
        let rule = UserPrincipalNameRule(options: CheckOptions(verifiedDomains: ["contoso.local", "fabrikam.com"]))
        #expect(rules("alice@contoso.local", rule: rule) == [])
        // Two verified domains: no suffix can be proposed without guessing.
        let findings = CheckFixtures.findings(rule, CheckFixtures.user("u", upn: "alice@other.com"))
        #expect(findings.map(\.rule) == ["upnSuffixNotVerified"])
        #expect(findings.first?.fix == nil)
    }

    @Test func blankUPNFallsBackToSAMAccountName() {
        let withSam = CheckFixtures.findings(rule, CheckFixtures.user("u", upn: nil, sam: "alice"))
        #expect(withSam.map(\.rule) == ["upnBlank"])
        #expect(withSam.first?.severity == .warning)
        #expect(withSam.first?.fix == "alice@contoso.com")
        let whitespace = CheckFixtures.findings(rule, CheckFixtures.user("u", upn: "   ", sam: "alice"))
        #expect(whitespace.map(\.rule) == ["upnBlank"])
        let nothing = CheckFixtures.findings(unverified, CheckFixtures.user("u", upn: nil, sam: ""))
        #expect(nothing.map(\.severity) == [.error])
    }
}
