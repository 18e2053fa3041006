import Testing
@testable import HardmatchCore

@Suite struct SAMAccountNameRuleTests {
    let rule = SAMAccountNameRule()

    @Test func checkedOnlyWhenTheUPNIsBlank() {
        let long = "a.very.long.account.name"
        #expect(CheckFixtures.rules(rule, CheckFixtures.user("u", upn: "alice@contoso.com", sam: long)) == [])
        #expect(CheckFixtures.rules(rule, CheckFixtures.user("u", upn: nil, sam: long)) == ["samAccountNameLength"])
        #expect(CheckFixtures.rules(rule, CheckFixtures.user("u", upn: " ", sam: long)) == ["samAccountNameLength"])
    }

    @Test func twentyCharactersIsTheLimit() {
        #expect(CheckFixtures.rules(rule, CheckFixtures.user("u", sam: String(repeating: "s", count: 20))) == [])
        #expect(CheckFixtures.rules(rule, CheckFixtures.user("u", sam: String(repeating: "s", count: 21))) == ["samAccountNameLength"])
    }

    @Test(arguments: ["a[b", "a]b", "a\\b", "a\"b", "a|b", "a,b", "a/b", "a:b", "a<b", "a>b", "a+b", "a=b", "a;b", "a?b", "a*b"])
    func forbiddenCharacters(sam: String) {
        let findings = CheckFixtures.findings(rule, CheckFixtures.user("u", sam: sam))
        #expect(findings.map(\.rule) == ["samAccountNameCharacter"])
        #expect(findings.first?.fix == "ab")
    }

    @Test(arguments: ["alice", "alice.smith", "a-b_c", "o'brien"])
    func validNamesPass(sam: String) {
        #expect(CheckFixtures.rules(rule, CheckFixtures.user("u", sam: sam)) == [])
    }
}
