import Testing
@testable import HardmatchCore

/// Entra Connect's out-of-box scope rules (SPEC §3), each on a directory entry as a source
/// delivers it.
@Suite struct SyncScopeTests {
    static func entry(_ attributes: [String: String], dn: String = "CN=Person,OU=Staff,DC=contoso,DC=com") -> DirectoryEntry {
        DirectoryEntry(dn: dn, attributes: attributes.mapValues { [Array($0.utf8)] })
    }

    static func rule(_ attributes: [String: String], dn: String = "CN=Person,OU=Staff,DC=contoso,DC=com") -> SyncScopeRule? {
        SyncScope.exclusion(of: entry(attributes, dn: dn))
    }

    @Test func anOrdinaryPersonIsInScope() {
        #expect(Self.rule(["sAMAccountName": "alice", "mailNickname": "alice", "msExchRecipientTypeDetails": "1", "adminDescription": "Sales"]) == nil)
    }

    @Test(arguments: [
        (["sAMAccountName": "krbtgt", "isCriticalSystemObject": "TRUE"], SyncScopeRule.isCriticalSystemObject),
        // Present is enough, whatever the value: the rule is IsPresent([isCriticalSystemObject]).
        (["sAMAccountName": "x", "isCriticalSystemObject": "FALSE"], .isCriticalSystemObject),
        (["mail": "a@contoso.com"], .noSAMAccountName),
        (["sAMAccountName": ""], .noSAMAccountName),
        (["sAMAccountName": "MSOL_0123456789ab"], .syncServiceAccount),
        (["sAMAccountName": "AAD_f00dcafe1234"], .syncServiceAccount),
        (["sAMAccountName": "msol_lowercase"], .syncServiceAccount),
        (["sAMAccountName": "SUPPORT_388945a0"], .supportAccount),
        (["sAMAccountName": "SM_1", "mailNickname": "SystemMailbox{1f05a927-3be2-4fb9-aa03-b59fe3b56f4c}"], .systemMailbox),
        (["sAMAccountName": "CAS_{d2b0f3e1}"], .casMailbox),
        (["sAMAccountName": "SM_2", "mailNickname": "CAS_{0a1b}"], .casMailbox),
        // 0x800000 (arbitration mailbox) and 0x20000000 (discovery mailbox) share bits with 0x21C07000.
        (["sAMAccountName": "SM_3", "msExchRecipientTypeDetails": "8388608"], .exchangeSystemRecipient),
        (["sAMAccountName": "DiscoverySearchMailbox", "msExchRecipientTypeDetails": "536870912"], .exchangeSystemRecipient),
        (["sAMAccountName": "writeback", "adminDescription": "User_5f1c2c5e-8a3b-4d7c-9e0f-1a2b3c4d5e6f"], .writtenBackFromCloud),
    ])
    func eachRuleExcludes(attributes: [String: String], expected: SyncScopeRule) {
        #expect(Self.rule(attributes) == expected)
    }

    @Test(arguments: [
        ["sAMAccountName": "support_388945a0x"],
        ["sAMAccountName": "CAS_without_brace"],
        ["sAMAccountName": "cas", "mailNickname": "CASEY}"],
        ["sAMAccountName": "msolfan"],
        ["sAMAccountName": "aad.admin"],
        ["sAMAccountName": "sys", "mailNickname": "SystemMailbox"],
        // 1 user mailbox, 128 mail user, 2147483648 remote user mailbox: synchronised.
        ["sAMAccountName": "mbx", "msExchRecipientTypeDetails": "2147483648"],
        ["sAMAccountName": "mbx", "msExchRecipientTypeDetails": "128"],
        ["sAMAccountName": "odd", "msExchRecipientTypeDetails": "not a number"],
        ["sAMAccountName": "user", "adminDescription": "Group_abc"],
        ["sAMAccountName": "user", "adminDescription": "A User_ in the middle"],
        ["sAMAccountName": "HealthMailbox0c4e7d1"],
        ["sAMAccountName": "CONTOSO$"],
    ])
    func lookalikesAreInScope(attributes: [String: String]) {
        #expect(Self.rule(attributes) == nil)
    }

    @Test func theFirstRuleInSpecOrderIsReported() {
        #expect(Self.rule(["isCriticalSystemObject": "TRUE"]) == .isCriticalSystemObject)
        #expect(Self.rule(["sAMAccountName": "CAS_{x}", "mailNickname": "SystemMailbox{x}"]) == .systemMailbox)
        #expect(Self.rule(["sAMAccountName": "MSOL_x", "msExchRecipientTypeDetails": "8388608"]) == .syncServiceAccount)
        #expect(Self.rule(["sAMAccountName": "a", "adminDescription": "User_1"], dn: "CN=A\\0ACNF:6f1c2d3e-5a4b-4c3d-8e2f-1a0b9c8d7e6f,DC=x") == .writtenBackFromCloud)
    }

    @Test(arguments: [
        "CN=Alice\\0ACNF:6f1c2d3e-5a4b-4c3d-8e2f-1a0b9c8d7e6f,OU=Staff,DC=contoso,DC=com",
        "CN=Alice\\0aCNF:6f1c2d3e-5a4b-4c3d-8e2f-1a0b9c8d7e6f,OU=Staff,DC=contoso,DC=com",
        "CN=Alice\nCNF:6f1c2d3e-5a4b-4c3d-8e2f-1a0b9c8d7e6f,OU=Staff,DC=contoso,DC=com",
    ])
    func replicationConflictsAreOutOfScope(dn: String) {
        #expect(Self.rule(["sAMAccountName": "alice"], dn: dn) == .replicationConflict)
    }

    @Test(arguments: [
        // The mark in a parent's RDN is that parent's conflict, not this user's.
        "CN=Alice,OU=Staff\\0ACNF:6f1c2d3e-5a4b-4c3d-8e2f-1a0b9c8d7e6f,DC=contoso,DC=com",
        "CN=Alice\\, CNF: notes,OU=Staff,DC=contoso,DC=com",
        "CN=Alice \\5C0ACNF:,OU=Staff,DC=contoso,DC=com",
        "CN=Alice\\",
    ])
    func otherDNsAreNotConflicts(dn: String) {
        #expect(Self.rule(["sAMAccountName": "alice"], dn: dn) == nil)
    }

    @Test func integersParseAsLargeIntegerSyntax() {
        func parse(_ text: String) -> Int64? { Array(text.utf8).withUnsafeBufferPointer(SyncScope.integer) }
        #expect(parse("0") == 0)
        #expect(parse("-2147483648") == -2_147_483_648)
        #expect(parse("9223372036854775807") == Int64.max)
        #expect(parse("9223372036854775808") == nil)
        #expect(parse("") == nil)
        #expect(parse("-") == nil)
        #expect(parse("12a") == nil)
    }

    @Test func theMappingCarriesTheRule() throws {
        var entry = Self.entry(["sAMAccountName": "krbtgt", "isCriticalSystemObject": "TRUE"])
        entry.append([0x30, 0x31, 0x32, 0x33, 0x34, 0x35, 0x36, 0x37, 0x38, 0x39, 0x3a, 0x3b, 0x3c, 0x3d, 0x3e, 0x3f], to: AttributeName.objectGUID)
        #expect(try OnPremUserMapping.map(entry).outOfScope == .isCriticalSystemObject)
        var person = Self.entry(["sAMAccountName": "alice"])
        person.append([0x30, 0x31, 0x32, 0x33, 0x34, 0x35, 0x36, 0x37, 0x38, 0x39, 0x3a, 0x3b, 0x3c, 0x3d, 0x3e, 0x3f], to: AttributeName.objectGUID)
        #expect(try OnPremUserMapping.map(person).outOfScope == nil)
    }

    @Test func theSearchAsksForEveryAttributeTheRulesTest() {
        let requested = Set(OnPremUserMapping.attributes.map { $0.lowercased() })
        for name in ["isCriticalSystemObject", "sAMAccountName", "mailNickname", "msExchRecipientTypeDetails", "adminDescription"] {
            #expect(requested.contains(name.lowercased()), "\(name)")
        }
    }
}
