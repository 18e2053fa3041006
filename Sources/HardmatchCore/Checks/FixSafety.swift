/// Withdraws a suggested fix that would itself break the sync: one that another user
/// already holds in its namespace, or that two users are both offered.
///
/// The rules suggest fixes one user at a time (`du p20@` → `dup20@`); whether the value
/// is free is known only once every user has been read. A fix is a promise that applying
/// it is safe, so an unsafe one is dropped and the detail says why.
enum FixSafety {
    /// A namespace and a folded value: where two fixes would collide.
    private struct Key: Hashable {
        var namespace: String
        var value: String
    }

    /// Who is offered one value: a user, and the value of theirs it would replace.
    private struct Taker: Hashable {
        var dn: String
        var attribute: String
        var value: String
    }

    static func withdrawUnsafeFixes(in findings: inout [Finding], duplicates: DuplicateValueRule) {
        var takers: [Key: Set<Taker>] = [:]
        for index in findings.indices {
            guard let fix = findings[index].fix else { continue }
            let finding = findings[index]
            if let holder = duplicates.holder(of: fix, in: finding.attribute, besides: finding.dn) {
                withdraw(&findings[index], "\(QuotedText.quote(fix)) is already \(holder)")
            } else if let key = key(fix, finding.attribute) {
                takers[key, default: []].insert(Taker(dn: finding.dn, attribute: finding.attribute, value: finding.value))
            }
        }
        let contested = takers.filter { clash($0.value) }
        guard !contested.isEmpty else { return }
        for index in findings.indices {
            guard let fix = findings[index].fix, let key = key(fix, findings[index].attribute), let rivals = contested[key] else { continue }
            let other = rivals.filter { $0.dn != findings[index].dn || $0.value != findings[index].value }.map(\.dn).min() ?? findings[index].dn
            withdraw(&findings[index], "\(QuotedText.quote(fix)) is also the fix for \(other == findings[index].dn ? "another value of this user" : other)")
        }
    }

    // MARK: - Internals

    private static func withdraw(_ finding: inout Finding, _ why: String) {
        finding.fix = nil
        finding.detail += "; no fix suggested: \(why)"
    }

    /// True when applying every fix would make one value held twice: by two users, or by
    /// one user in two proxy addresses (one user's UPN and `mail` alike is normal).
    private static func clash(_ takers: Set<Taker>) -> Bool {
        guard takers.count > 1, let first = takers.first else { return false }
        if takers.contains(where: { $0.dn != first.dn }) { return true }
        return takers.count { $0.attribute == "proxyAddresses" } > 1
    }

    private static func key(_ fix: String, _ attribute: String) -> Key? {
        switch attribute {
        case "userPrincipalName", "mail":
            return Key(namespace: "smtp", value: fix.trimmingWhitespace.lowercased())
        case "proxyAddresses":
            guard let proxy = ProxyAddress(fix) else { return nil }
            let namespace = proxy.isSMTP ? "smtp" : "type " + proxy.type.lowercased()
            return Key(namespace: namespace, value: String(proxy.trimmedAddress).lowercased())
        case "mailNickname", "sAMAccountName":
            return Key(namespace: attribute, value: fix.trimmingWhitespace.lowercased())
        default:
            return nil
        }
    }
}
