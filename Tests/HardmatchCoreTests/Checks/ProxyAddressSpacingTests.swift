import Testing
@testable import HardmatchCore

/// Proxy addresses with stray whitespace, and one user holding an address twice: flagged,
/// and read as the address Entra ID compares.
@Suite struct ProxyAddressSpacingTests {
    let rule = ProxyAddressRule(options: CheckOptions(verifiedDomains: ["contoso.com"]))

    func findings(_ proxies: [String]) -> [Finding] {
        CheckFixtures.findings(rule, CheckFixtures.user("u", mail: "alice@contoso.com", proxies: proxies))
    }

    @Test func aSpaceBeforeTheTypeIsAnErrorWithAFix() {
        let found = findings(["SMTP:alice@contoso.com", " smtp:alias@contoso.com"])
        #expect(found.map(\.rule) == ["proxyAddressCharacter"])
        #expect(found.first?.value == " smtp:alias@contoso.com")
        #expect(found.first?.fix == "smtp:alias@contoso.com")
        #expect(found.first?.detail == "holds a space around its type \"smtp\", which a smtp address cannot")
    }

    @Test func aSpaceBeforeTheColonIsAnErrorAndStillThePrimary() {
        let found = findings(["SMTP :alice@contoso.com"])
        #expect(found.map(\.rule) == ["proxyAddressCharacter"])
        #expect(found.first?.fix == "SMTP:alice@contoso.com")
        // Read as the primary: no proxyAddressNoPrimary warning beside it.
        #expect(!found.contains { $0.rule == "proxyAddressNoPrimary" })
    }

    @Test func spacesAroundTheAddressAreNamed() {
        let found = findings(["SMTP:alice@contoso.com", "smtp: alias@contoso.com\t"])
        #expect(found.first?.detail == "holds a space and a tab around the address, which a smtp address cannot")
        #expect(found.first?.fix == "smtp:alias@contoso.com")
        let x500 = findings(["SMTP:alice@contoso.com", "X500: /o=Org/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=alice"])
        #expect(x500.map(\.rule) == ["proxyAddressCharacter"])
        #expect(x500.first?.fix == "X500:/o=Org/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=alice")
    }

    @Test func anInvisibleCharacterIsNamedAndRemoved() {
        let found = findings(["SMTP:alice@contoso.com", "smtp:ali\u{200b}as@contoso.com"])
        #expect(found.map(\.rule) == ["proxyAddressCharacter"])
        #expect(found.first?.detail == "holds U+200B (zero width space), which a smtp address cannot")
        #expect(found.first?.fix == "smtp:alias@contoso.com")
    }

    @Test func oneUserHoldingOneAddressTwiceIsAnError() {
        let found = findings(["SMTP:alice@contoso.com", "smtp:ALICE@contoso.com", "smtp:asmith@contoso.com"])
        #expect(found.map(\.rule) == ["proxyAddressRepeated", "proxyAddressRepeated"])
        #expect(found.map(\.value) == ["SMTP:alice@contoso.com", "smtp:ALICE@contoso.com"])
        #expect(found.allSatisfy { $0.severity == .error })
        #expect(found.first?.detail == "the same address as \"smtp:ALICE@contoso.com\" on this user; a mailbox holds each address once: keep one")
    }

    @Test func aRepeatHiddenByWhitespaceIsFound() {
        let found = findings(["SMTP:alice@contoso.com", "smtp: alice@contoso.com"])
        #expect(found.map(\.rule).sorted() == ["proxyAddressCharacter", "proxyAddressRepeated", "proxyAddressRepeated"])
        // Removing the space would give the address the user already holds: no fix is safe.
        #expect(found.first { $0.rule == "proxyAddressCharacter" }?.fix == nil)
    }

    @Test func theSameAddressUnderAnotherTypeIsNotARepeat() {
        #expect(findings(["SMTP:alice@contoso.com", "SIP:alice@contoso.com", "EUM:alice@contoso.com"]).isEmpty)
    }
}
