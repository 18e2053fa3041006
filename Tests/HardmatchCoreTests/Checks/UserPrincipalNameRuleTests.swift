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
        String(repeating: "x", count: 63) + "@contoso.com", String(repeating: "x", count: 64) + "@contoso.com",
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

    /// Entra's policy: 64 before the `@`, 48 after, 113 in all; one more of any is an error.
    @Test func lengthLimits() {
        let local64 = String(repeating: "x", count: 64)
        #expect(rules(local64 + "@contoso.com") == [])
        let local65 = local64 + "x"
        let tooLong = CheckFixtures.findings(rule, CheckFixtures.user("u", upn: local65 + "@contoso.com"))
        #expect(tooLong.map(\.rule) == ["upnLocalPartLength"])
        #expect(tooLong.first?.detail == "65 characters before the @; Entra ID allows at most 64")
        let domain48 = String(repeating: "d", count: 41) + ".com.au"
        #expect(domain48.count == 48)
        #expect(rules("a@" + domain48, rule: unverified) == [])
        let domain49 = "e" + domain48
        #expect(rules("a@" + domain49, rule: unverified) == ["upnDomainLength"])
        let longest = local64 + "@" + domain48
        #expect(longest.count == 113)
        #expect(rules(longest, rule: unverified) == [])
        #expect(rules(local64 + "@" + domain49, rule: unverified) == ["upnDomainLength", "upnLength"])
        #expect(rules(local65 + "@" + domain49, rule: unverified) == ["upnDomainLength", "upnLength", "upnLocalPartLength"])
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

    @Test func anInvisibleCharacterIsNamedByItsCodePointAndRemoved() {
        let findings = CheckFixtures.findings(rule, CheckFixtures.user("u", upn: "ali\u{200b}ce@contoso.com"))
        #expect(findings.map(\.rule) == ["upnCharacter"])
        #expect(findings.first?.detail == "holds U+200B (zero width space); Entra ID refuses it in a UPN")
        #expect(findings.first?.fix == "alice@contoso.com")
    }

    /// The tenant's own `*.onmicrosoft.com` domains are verified from the start, for UPNs as
    /// for proxy addresses.
    @Test func theTenantsOwnDomainsAreAccepted() {
        #expect(rules("alice@contoso.onmicrosoft.com") == [])
        #expect(rules("alice@contoso.onmicrosoft.com", rule: unverified) == [])
        let named = UserPrincipalNameRule(options: CheckOptions(verifiedDomains: ["contoso.com", "contoso.onmicrosoft.com"]))
        #expect(rules("alice@contoso.onmicrosoft.com", rule: named) == [])
        #expect(rules("alice@contoso.mail.onmicrosoft.com", rule: named) == [])
        #expect(rules("alice@fabrikam.onmicrosoft.com", rule: named) == ["upnSuffixNotVerified"])
        // The initial domain is never proposed as a fix: contoso.com is the one to move to.
        #expect(CheckFixtures.findings(named, CheckFixtures.user("u", upn: "alice@corp.local")).first?.fix == "alice@contoso.com")
    }
}
