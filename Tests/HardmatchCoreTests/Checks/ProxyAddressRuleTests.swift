import Testing
@testable import HardmatchCore

@Suite struct ProxyAddressRuleTests {
    let rule = ProxyAddressRule(options: CheckOptions(verifiedDomains: ["contoso.com"]))

    func findings(_ proxies: [String], mail: String? = "alice@contoso.com") -> [Finding] {
        CheckFixtures.findings(rule, CheckFixtures.user("u", mail: mail, proxies: proxies))
    }

    func rules(_ proxies: [String], mail: String? = "alice@contoso.com") -> [String] {
        findings(proxies, mail: mail).map(\.rule).sorted()
    }

    @Test func aTypicalMailboxPasses() {
        #expect(rules([
            "SMTP:Alice@Contoso.com", "smtp:asmith@contoso.com", "smtp:alice@contoso.mail.onmicrosoft.com",
            "SIP:alice@contoso.com", "X500:/o=ExchangeLabs/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn=alice",
            "X400:c=US;a= ;p=Contoso;o=Exchange;s=Smith;g=Alice;", "EUM:1234;phone-context=dialplan.contoso.com",
        ]) == [])
    }

    @Test func noProxyAddressesAtAllIsFine() {
        #expect(rules([]) == [])
    }

    @Test(arguments: ["smtp:alice smith@contoso.com", "smtp:<alice@contoso.com>", "smtp:alice(x)@contoso.com", "smtp:al;ice@contoso.com", "smtp:al,ice@contoso.com", "smtp:al[ice@contoso.com", "smtp:al\"ice@contoso.com"])
    func forbiddenSMTPCharacters(value: String) {
        let found = findings(["SMTP:alice@contoso.com", value])
        #expect(found.map(\.rule) == ["proxyAddressCharacter"])
        #expect(found.first?.value == value)
    }

    @Test func removingTheCharacterKeepsThePrefix() {
        let found = findings(["SMTP:alice@contoso.com", "smtp: bob@contoso.com"])
        #expect(found.first?.fix == "smtp:bob@contoso.com")
    }

    @Test func x500AddressesMayHoldSpacesAndParentheses() {
        #expect(rules(["SMTP:alice@contoso.com", "X500:/o=Org/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=alice"]) == [])
        #expect(rules(["SMTP:alice@contoso.com", "X500:/o=Org/cn=[alice]"]) == ["proxyAddressCharacter"])
        #expect(rules(["SMTP:alice@contoso.com", "SIP:alice smith@contoso.com"]) == ["proxyAddressCharacter"])
    }

    @Test(arguments: ["smtp:alice-at-contoso.com", "smtp:alice@@contoso.com", "smtp:.alice@contoso.com", "smtp:alice@contoso..com", "smtp:"])
    func invalidSMTPAddresses(value: String) {
        #expect(rules(["SMTP:alice@contoso.com", value]) == ["proxyAddressSmtpFormat"])
    }

    @Test func aValueWithoutATypeIsAFormatError() {
        #expect(rules(["SMTP:alice@contoso.com", "alice2@contoso.com"]) == ["proxyAddressFormat"])
        #expect(rules(["SMTP:alice@contoso.com", ":alice2@contoso.com"]) == ["proxyAddressFormat"])
    }

    @Test func valuesOver256CharactersAreErrors() {
        let exactly256 = "smtp:" + String(repeating: "l", count: 256 - 5 - 12) + "@contoso.com"
        #expect(exactly256.count == 256)
        #expect(rules(["SMTP:alice@contoso.com", exactly256]) == [])
        let over = "smtp:l" + exactly256.dropFirst(5)
        #expect(rules(["SMTP:alice@contoso.com", over]) == ["proxyAddressLength"])
    }

    @Test func unroutableAndUnverifiedDomainsAreWarnings() {
        let found = findings(["SMTP:alice@contoso.com", "smtp:alice@corp.local", "smtp:alice@fabrikam.com", "smtp:alice@contoso.onmicrosoft.com"])
        #expect(found.map(\.rule).sorted() == ["proxyAddressSuffixNotRoutable", "proxyAddressSuffixNotVerified"])
        #expect(found.allSatisfy { $0.severity == .warning })
        let named = ProxyAddressRule(options: CheckOptions(verifiedDomains: ["contoso.com", "contoso.onmicrosoft.com"]))
        let tenants = CheckFixtures.findings(named, CheckFixtures.user("u", proxies: ["SMTP:alice@contoso.com", "smtp:alice@contoso.mail.onmicrosoft.com", "smtp:alice@fabrikam.onmicrosoft.com"]))
        #expect(tenants.map(\.value) == ["smtp:alice@fabrikam.onmicrosoft.com"])
        let unknownTenant = ProxyAddressRule()
        #expect(CheckFixtures.rules(unknownTenant, CheckFixtures.user("u", proxies: ["SMTP:alice@fabrikam.com"])) == [])
    }

    @Test func primaryRules() {
        #expect(rules(["SMTP:alice@contoso.com", "SMTP:asmith@contoso.com"]) == ["proxyAddressMultiplePrimary", "proxyAddressMultiplePrimary"])
        let missing = findings(["smtp:alice@contoso.com", "smtp:asmith@contoso.com"])
        #expect(missing.map(\.rule) == ["proxyAddressNoPrimary"])
        #expect(missing.first?.severity == .warning)
        #expect(missing.first?.fix == "SMTP:alice@contoso.com")
        #expect(rules(["smtp:alice@contoso.com"], mail: nil) == [])
        let differs = findings(["SMTP:asmith@contoso.com", "smtp:alice@contoso.com"])
        #expect(differs.map(\.rule) == ["proxyAddressPrimaryNotMail"])
        #expect(differs.first?.value == "SMTP:asmith@contoso.com")
        // Case is not a difference: Entra compares addresses case-insensitively.
        #expect(rules(["SMTP:ALICE@CONTOSO.COM"], mail: "alice@contoso.com") == [])
        // A lower-case smtp: is a secondary, never a primary.
        #expect(rules(["smtp:asmith@contoso.com", "SMTP:alice@contoso.com"]) == [])
    }

    @Test func tooManyValues() {
        func addresses(_ count: Int) -> [String] {
            ["SMTP:alice@contoso.com"] + (1..<count).map { "smtp:alice\($0)@contoso.com" }
        }
        #expect(rules(addresses(300)) == [])
        let near = findings(addresses(301))
        #expect(near.map(\.rule) == ["proxyAddressCount"])
        #expect(near.first?.severity == .warning)
        #expect(findings(addresses(332)).first?.severity == .warning)
        let over = findings(addresses(333))
        #expect(over.map(\.rule) == ["proxyAddressCount"])
        #expect(over.first?.severity == .error)
        #expect(over.first?.value == "333")
    }
}
