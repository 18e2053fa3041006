import Testing
@testable import HardmatchCore

/// The cases where the rules' ASCII byte paths hand over to the full checks, or must not:
/// each would go wrong if a byte path accepted too much or decided differently.
@Suite struct CheckASCIIPathTests {
    let verified = CheckOptions(verifiedDomains: ["Contoso.com"])

    @Test func verifiedDomainsMatchWhateverTheCaseAndTheirNumber() {
        let upper = CheckFixtures.user("a", upn: "alice@CONTOSO.COM", proxies: ["SMTP:alice@CONTOSO.com", "smtp:a@fabrikam.com"])
        #expect(CheckFixtures.rules(UserPrincipalNameRule(options: verified), upper).isEmpty)
        #expect(CheckFixtures.rules(ProxyAddressRule(options: verified), upper) == ["proxyAddressSuffixNotVerified"])
        let many = CheckOptions(verifiedDomains: (0..<40).map { "d\($0).example.org" } + ["contoso.com"])
        #expect(CheckFixtures.rules(UserPrincipalNameRule(options: many), upper).isEmpty)
        #expect(CheckFixtures.rules(UserPrincipalNameRule(options: many), CheckFixtures.user("b", upn: "b@d7.example.ORG")).isEmpty)
        #expect(CheckFixtures.rules(UserPrincipalNameRule(options: many), CheckFixtures.user("c", upn: "c@fabrikam.com")) == ["upnSuffixNotVerified"])
    }

    @Test func withoutVerifiedDomainsOnlyRoutabilityCounts() {
        let user = CheckFixtures.user("a", upn: "a@corp.LOCAL", mail: "a@10.0.0.1", proxies: ["SMTP:a@contoso.com", "smtp:a@x.HOME.arpa"])
        #expect(CheckFixtures.rules(UserPrincipalNameRule(), user) == ["upnSuffixNotRoutable"])
        #expect(CheckFixtures.rules(MailRule(), user) == ["mailSuffixNotRoutable"])
        #expect(CheckFixtures.rules(ProxyAddressRule(), user) == ["proxyAddressPrimaryNotMail", "proxyAddressSuffixNotRoutable"])
    }

    @Test func theTypeDecidesWhichCharactersAndWhichPrimary() {
        let user = CheckFixtures.user("a", mail: "a@contoso.com", proxies: ["Smtp:a@contoso.com", "x500:/o=Org/cn=A (x)", "SIP:a (x)@contoso.com"])
        #expect(CheckFixtures.rules(ProxyAddressRule(options: verified), user) == ["proxyAddressCharacter", "proxyAddressNoPrimary"])
    }

    @Test func lengthsAtTheirLimitsPassAndOneMoreDoesNot() {
        let local = String(repeating: "a", count: 64)
        let domain = String(repeating: "b", count: 44) + ".com"
        let options = CheckOptions(verifiedDomains: [domain])
        #expect(CheckFixtures.rules(UserPrincipalNameRule(options: options), CheckFixtures.user("a", upn: "\(local)@\(domain)")).isEmpty)
        #expect(CheckFixtures.rules(UserPrincipalNameRule(options: options), CheckFixtures.user("b", upn: "\(local)a@\(domain)")) == ["upnLength", "upnLocalPartLength"])
        let proxy = "smtp:" + String(repeating: "c", count: 64) + "@" + String(repeating: "d", count: 183) + ".com"
        #expect(proxy.utf8.count == 257)
        #expect(CheckFixtures.rules(ProxyAddressRule(), CheckFixtures.user("c", proxies: [proxy])).contains("proxyAddressLength"))
    }

    @Test func aUsersOwnRepeatedAddressIsFoundOnTheBytesAndBeyondThem() {
        let ascii = CheckFixtures.user("a", proxies: ["SMTP:a@contoso.com", "X500:/o=Org/cn=a", "smtp: A@Contoso.com"])
        #expect(CheckFixtures.rules(ProxyAddressRule(options: verified), ascii).filter { $0 == "proxyAddressRepeated" }.count == 2)
        let unicode = CheckFixtures.user("b", proxies: ["SMTP:élodie@contoso.com", "smtp:ÉLODIE@contoso.com"])
        #expect(CheckFixtures.rules(ProxyAddressRule(options: verified), unicode).filter { $0 == "proxyAddressRepeated" }.count == 2)
    }
}
