import Testing
@testable import HardmatchCore

@Suite struct MailNicknameRuleTests {
    let rule = MailNicknameRule()

    @Test(arguments: ["alice", "alice.smith", "o'brien", "a_b-c"])
    func validAliasesPass(nickname: String) {
        #expect(CheckFixtures.rules(rule, CheckFixtures.user("u", nickname: nickname)) == [])
    }

    @Test func leadingPeriodIsAnErrorWithAFix() {
        let findings = CheckFixtures.findings(rule, CheckFixtures.user("u", nickname: ".alice"))
        #expect(findings.map(\.rule) == ["mailNicknameFormat"])
        #expect(findings.first?.severity == .error)
        #expect(findings.first?.fix == "alice")
    }

    @Test(arguments: ["alice.", "alice smith", "alice@contoso", "al..ice", "(alice)"])
    func otherProblemsAreWarnings(nickname: String) {
        let findings = CheckFixtures.findings(rule, CheckFixtures.user("u", nickname: nickname))
        #expect(findings.map(\.rule) == ["mailNicknameFormat"])
        #expect(findings.first?.severity == .warning)
    }

    @Test func longerThanSixtyFourIsAWarning() {
        #expect(CheckFixtures.rules(rule, CheckFixtures.user("u", nickname: String(repeating: "n", count: 64))) == [])
        #expect(CheckFixtures.rules(rule, CheckFixtures.user("u", nickname: String(repeating: "n", count: 65))) == ["mailNicknameLength"])
    }
}
