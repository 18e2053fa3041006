@testable import HardmatchCore

/// Users built the way the directory mapping builds them, for the rule suites.
enum CheckFixtures {
    /// A user whose GUID is derived from its name, so every fixture user is distinct.
    static func user(
        _ name: String, upn: String? = nil, mail: String? = nil, proxies: [String] = [],
        sam: String? = nil, nickname: String? = nil, critical: Bool? = nil, dn: String? = nil, outOfScope: SyncScopeRule? = nil
    ) -> OnPremUser {
        var bytes = [UInt8](repeating: 0, count: 16)
        for (index, byte) in name.utf8.enumerated() { bytes[index % 16] &+= byte &+ UInt8(truncatingIfNeeded: index) }
        // A 16-byte array always makes a GUID.
        let guid = try! ObjectGUID(rawBytes: bytes)
        return OnPremUser(
            dn: dn ?? "CN=\(name),OU=Test,DC=contoso,DC=com", objectGUID: guid, userPrincipalName: upn, mail: mail,
            proxyAddresses: proxies, sAMAccountName: sam ?? name, mailNickname: nickname, isCriticalSystemObject: critical,
            outOfScope: outOfScope
        )
    }

    static func findings(_ rule: some UserRule, _ user: OnPremUser) -> [Finding] {
        var findings: [Finding] = []
        rule.check(user, into: &findings)
        return findings
    }

    /// `rule` ids of the findings, sorted: what most cases compare.
    static func rules(_ rule: some UserRule, _ user: OnPremUser) -> [String] {
        findings(rule, user).map(\.rule).sorted()
    }
}
