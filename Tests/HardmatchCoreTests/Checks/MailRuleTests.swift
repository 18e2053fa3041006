import Testing
@testable import HardmatchCore

@Suite struct MailRuleTests {
    let rule = MailRule()

    @Test(arguments: ["alice@contoso.com", "Alice.Smith+news@Contoso.co.uk", "o'brien@contoso.com"])
    func validAddressesPass(mail: String) {
        #expect(CheckFixtures.rules(rule, CheckFixtures.user("u", mail: mail)) == [])
    }

    @Test(arguments: ["alice at contoso.com", "alice@@contoso.com", "alice smith@contoso.com", "alice@contoso", "alice@.com", "(alice)@contoso.com"])
    func malformedAddressesAreErrors(mail: String) {
        let findings = CheckFixtures.findings(rule, CheckFixtures.user("u", mail: mail))
        #expect(findings.first?.rule == (mail == "alice@contoso" ? "mailSuffixNotRoutable" : "mailFormat"))
    }

    @Test func surroundingWhitespaceHasATrimmedFix() {
        let findings = CheckFixtures.findings(rule, CheckFixtures.user("u", mail: " alice@contoso.com\t"))
        #expect(findings.map(\.rule) == ["mailFormat"])
        #expect(findings.first?.fix == "alice@contoso.com")
    }

    @Test func nonRoutableDomainIsAWarning() {
        let findings = CheckFixtures.findings(rule, CheckFixtures.user("u", mail: "alice@corp.local"))
        #expect(findings.map(\.rule) == ["mailSuffixNotRoutable"])
        #expect(findings.first?.severity == .warning)
    }

    @Test func overlongAddressIsAnError() {
        let mail = String(repeating: "m", count: 60) + "@" + Array(repeating: String(repeating: "d", count: 60), count: 4).joined(separator: ".") + ".com"
        #expect(CheckFixtures.rules(rule, CheckFixtures.user("u", mail: mail)) == ["mailLength"])
    }
}
