import Testing
@testable import HardmatchCore

@Suite struct AddressSyntaxTests {
    @Test func emailAddressStructure() {
        #expect(EmailAddress.syntaxProblem("a.b-c+d@mail.contoso.com") == nil)
        #expect(EmailAddress.syntaxProblem("a@b@c.com") == "it has more than one @")
        #expect(EmailAddress.syntaxProblem("abc.com") == "it has no @")
        #expect(EmailAddress.syntaxProblem("a b@c.com")?.contains("a space") == true)
        #expect(EmailAddress.syntaxProblem("a b@c.com", checkLocalCharacters: false) == nil)
        #expect(EmailAddress.syntaxProblem("a@c_d.com")?.contains("\"_\"") == true)
    }

    @Test func routability() {
        #expect(DomainName.routabilityProblem("contoso.com") == nil)
        #expect(DomainName.routabilityProblem("contoso.co.uk") == nil)
        #expect(DomainName.routabilityProblem("contoso.local") != nil)
        #expect(DomainName.routabilityProblem("CONTOSO.LOCAL.") != nil)
        #expect(DomainName.routabilityProblem("router.home.arpa") != nil)
        #expect(DomainName.routabilityProblem("contoso") != nil)
        #expect(DomainName.routabilityProblem("192.168.1.10") != nil)
        // .ad is Andorra, .int a real TLD: not to be confused with AD's "ad.contoso.internal".
        #expect(DomainName.routabilityProblem("contoso.ad") == nil)
        #expect(DomainName.routabilityProblem("nato.int") == nil)
    }

    @Test func proxyAddressParts() {
        let primary = ProxyAddress("SMTP:a@b.com")
        #expect(primary?.isPrimarySMTP == true)
        #expect(primary?.address == "a@b.com")
        #expect(ProxyAddress("smtp:a@b.com")?.isPrimarySMTP == false)
        #expect(ProxyAddress("smtp:a@b.com")?.isSMTP == true)
        #expect(ProxyAddress("X500:/o=Org/cn=a:b")?.address == "/o=Org/cn=a:b")
        #expect(ProxyAddress("no-type") == nil)
        #expect(ProxyAddress(":a@b.com") == nil)
    }
}
