/// Values that must be unique across users: the namespace Entra ID keeps unique
/// (AttributeValueMustBeUnique; "Understanding errors during Microsoft Entra
/// synchronization" lists `mail`, `proxyAddresses` and `userPrincipalName`).
///
/// Namespaces:
/// - SMTP: every `userPrincipalName`, every `mail`, and the address of every `SMTP:`/`smtp:`
///   proxy address, compared case-insensitively without the prefix. A UPN equal to another
///   user's proxy address is a duplicate: Entra matches and collides on both (soft match
///   compares the UPN with proxy addresses). IdFix keys its duplicate store by attribute
///   name and by the value with its prefix (`DuplicateStore.cs`), so it misses these.
/// - one per other address type (`X500:`, `X400:`, `SIP:`, `EUM:`, …): Exchange keeps each
///   proxy address unique with its type, so `SIP:a@b.com` and `smtp:a@b.com` do not collide.
/// - `mailNickname`, IdFix's "no duplicates" for aliases: a warning, since Exchange Online
///   derives a unique alias itself.
/// The same value held twice by one user (its `mail` and its primary SMTP address) is normal.
///
/// Linear: one hash map from normalised value to the first user holding it. Every user
/// holding a duplicated value gets one finding for it, on the first of its
/// `userPrincipalName`, `mail`, `proxyAddresses` that holds it, so the set of findings does
/// not depend on the order users arrive in (the detail names the other holder first seen).
public struct DuplicateValueRule: Sendable {
    public enum ID: String, CaseIterable, Sendable {
        case value = "duplicateValue"
        case mailNickname = "duplicateMailNickname"
    }

    private struct Key: Hashable, Sendable {
        /// 0: SMTP, 1: mailNickname, 2…: other proxy address types, by `typeIndex`.
        var namespace: Int32
        var value: String
    }

    /// The first holder of a value, enough to report it later without keeping the user.
    private struct Holder: Sendable {
        var user: Int32
        var attribute: Attribute
        var reported: Bool
        /// The proxy address type as stored (`smtp`, `SMTP`, `X500`), by index in `prefixes`; 0: none.
        var prefix: UInt16
        /// The stored value without its prefix, when it differs from the key's (case,
        /// whitespace); nil when equal, which is usual and saves a copy of the string.
        var differing: String?
    }

    private enum Attribute: UInt8, Sendable {
        case userPrincipalName, mail, proxyAddresses, mailNickname

        var name: String {
            switch self {
            case .userPrincipalName: return "userPrincipalName"
            case .mail: return "mail"
            case .proxyAddresses: return "proxyAddresses"
            case .mailNickname: return "mailNickname"
            }
        }
    }

    private var holders: [Key: Holder] = [:]
    /// Every user's DN, UTF-8, back to back: a String per user would cost twice as much.
    private var dnBytes: [UInt8] = []
    private var dnEnds: [Int] = []
    private var typeIndex: [String: Int32] = [:]
    private var prefixes: [String] = [""]
    private var prefixIndex: [Substring: UInt16] = [:]
    public private(set) var findings: [Finding] = []

    public init() {}

    /// Records the unique-namespace values of one more user, reporting any already taken.
    public mutating func add(_ user: OnPremUser) {
        let index = Int32(truncatingIfNeeded: dnEnds.count)
        dnBytes.append(contentsOf: user.dn.utf8)
        dnEnds.append(dnBytes.count)
        // Keys this user was already reported for: empty (no allocation) unless a duplicate is found.
        var reported: Set<Key> = []
        if let upn = user.userPrincipalName { record(upn[...], namespace: 0, prefix: nil, attribute: .userPrincipalName, user: index, reported: &reported) }
        if let mail = user.mail { record(mail[...], namespace: 0, prefix: nil, attribute: .mail, user: index, reported: &reported) }
        for value in user.proxyAddresses {
            guard let proxy = ProxyAddress(value) else { continue }
            let namespace: Int32 = proxy.isSMTP ? 0 : namespace(forType: proxy.type)
            record(proxy.address, namespace: namespace, prefix: proxy.type, attribute: .proxyAddresses, user: index, reported: &reported)
        }
        if let nickname = user.mailNickname { record(nickname[...], namespace: 1, prefix: nil, attribute: .mailNickname, user: index, reported: &reported) }
    }

    // MARK: - Internals

    private mutating func namespace(forType type: Substring) -> Int32 {
        let lowered = type.lowercased()
        if let known = typeIndex[lowered] { return known }
        let next = Int32(typeIndex.count + 2)
        typeIndex[lowered] = next
        return next
    }

    private func dn(_ user: Int32) -> String {
        let index = Int(user)
        let start = index == 0 ? 0 : dnEnds[index - 1]
        return String(decoding: dnBytes[start..<dnEnds[index]], as: UTF8.self)
    }

    private mutating func prefixNumber(_ type: Substring) -> UInt16 {
        if let known = prefixIndex[type] { return known }
        let next = UInt16(truncatingIfNeeded: prefixes.count)
        prefixes.append(String(type))
        prefixIndex[type] = next
        return next
    }

    private func stored(_ holder: Holder, _ key: Key) -> String {
        let address = holder.differing ?? key.value
        return holder.prefix == 0 ? address : prefixes[Int(holder.prefix)] + ":" + address
    }

    private mutating func record(_ raw: Substring, namespace: Int32, prefix: Substring?, attribute: Attribute, user: Int32, reported: inout Set<Key>) {
        let trimmed = String(raw).trimmingWhitespace
        guard !trimmed.isEmpty else { return }
        let key = Key(namespace: namespace, value: trimmed.lowercased())
        guard let first = holders[key] else {
            let differing = raw == key.value ? nil : String(raw)
            let number = prefix.map { prefixNumber($0) } ?? 0
            holders[key] = Holder(user: user, attribute: attribute, reported: false, prefix: number, differing: differing)
            return
        }
        guard first.user != user, reported.insert(key).inserted else { return }
        let severity: Severity = namespace == 1 ? .warning : .error
        let rule = namespace == 1 ? ID.mailNickname : ID.value
        let firstDN = dn(first.user)
        let userDN = dn(user)
        let why = namespace == 1 ? "Exchange Online will give one of them another alias" : "Entra ID keeps it unique, so one of them fails to sync (AttributeValueMustBeUnique)"
        let value = prefix.map { "\($0):\(raw)" } ?? String(raw)
        findings.append(Finding(
            dn: userDN, attribute: attribute.name, value: value, rule: rule.rawValue, severity: severity,
            detail: "also the \(first.attribute.name) of \(firstDN); \(why)"
        ))
        if !first.reported {
            holders[key]?.reported = true
            findings.append(Finding(
                dn: firstDN, attribute: first.attribute.name, value: stored(first, key), rule: rule.rawValue, severity: severity,
                detail: "also the \(attribute.name) of \(userDN); \(why)"
            ))
        }
    }
}
