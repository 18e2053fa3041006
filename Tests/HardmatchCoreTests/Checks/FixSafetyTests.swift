import Testing
@testable import HardmatchCore

/// A suggested fix is a promise that applying it is safe: never a value another user holds,
/// nor one two users are both offered.
@Suite struct FixSafetyTests {
    func report(_ users: [OnPremUser], options: CheckOptions = CheckOptions(verifiedDomains: ["contoso.com"])) -> [Finding] {
        var check = DirectoryCheck(options: options)
        users.forEach { check.check($0) }
        return check.report().findings
    }

    @Test func aFixThatIsAnotherUsersUPNIsWithdrawnWhateverTheOrder() {
        let spaced = CheckFixtures.user("spaced", upn: "du p20@contoso.com")
        let owner = CheckFixtures.user("owner", upn: "dup20@contoso.com")
        for users in [[spaced, owner], [owner, spaced]] {
            let found = report(users)
            #expect(found.map(\.rule) == ["upnCharacter"])
            #expect(found.first?.fix == nil)
            #expect(found.first?.detail.hasSuffix("; no fix suggested: \"dup20@contoso.com\" is already the userPrincipalName of CN=owner,OU=Test,DC=contoso,DC=com") == true)
        }
    }

    @Test func aFixThatIsAnotherUsersProxyAddressIsWithdrawn() {
        let found = report([
            CheckFixtures.user("local", upn: "sales@corp.local"),
            CheckFixtures.user("owner", upn: "owner@contoso.com", proxies: ["SMTP:owner@contoso.com", "smtp:Sales@contoso.com"]),
        ])
        #expect(found.map(\.rule) == ["upnSuffixNotRoutable"])
        #expect(found.first?.fix == nil)
        #expect(found.first?.detail.contains("is already the proxyAddresses of CN=owner") == true)
    }

    @Test func aFreeFixIsKeptAndOneUsersOwnValueIsFree() {
        let found = report([
            CheckFixtures.user("amy", upn: "amy smith@contoso.com", mail: "amysmith@contoso.com"),
            CheckFixtures.user("bob", upn: "bob@contoso.com"),
        ])
        #expect(found.map(\.fix) == ["amysmith@contoso.com"])
    }

    @Test func twoUsersOfferedOneValueGetNeither() {
        let found = report([
            CheckFixtures.user("one", upn: "du p21@contoso.com"),
            CheckFixtures.user("two", upn: "dup 21@contoso.com"),
        ])
        #expect(found.map(\.rule) == ["upnCharacter", "upnCharacter"])
        #expect(found.allSatisfy { $0.fix == nil })
        #expect(found.first?.detail.hasSuffix("is also the fix for CN=two,OU=Test,DC=contoso,DC=com") == true)
    }

    @Test func aSAMAccountNameFixIsCheckedAgainstEveryAccountName() {
        let found = report([
            CheckFixtures.user("piped", upn: nil, sam: "j|doe"),
            CheckFixtures.user("taken", upn: "jdoe@contoso.com", sam: "JDoe"),
        ], options: CheckOptions())
        let character = found.first { $0.rule == "samAccountNameCharacter" }
        #expect(character?.fix == nil)
        #expect(character?.detail.hasSuffix("is already the sAMAccountName of another user") == true)
        let free = report([CheckFixtures.user("piped", upn: nil, sam: "j|doe")], options: CheckOptions())
        #expect(free.first { $0.rule == "samAccountNameCharacter" }?.fix == "jdoe")
    }

    @Test func aMailNicknameFixIsCheckedAgainstEveryAlias() {
        let found = report([
            CheckFixtures.user("dotted", nickname: ".alias"),
            CheckFixtures.user("plain", nickname: "Alias"),
        ], options: CheckOptions())
        #expect(found.first { $0.rule == "mailNicknameFormat" }?.fix == nil)
    }
}
