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
/// - `sAMAccountName` of the users without a UPN: Entra Connect builds their sign-in name
///   from it (`sAMAccountName@` the AD domain), so two of them give one name (IdFix:
///   "sAMAccountName (only if no userPrincipalName value): no duplicates").
/// Proxy addresses are compared as Entra ID reads them (`ProxyAddress`): `" smtp:a@b.com"`
/// is the address `a@b.com`. The same value held twice by one user (its `mail` and its
/// primary SMTP address) is normal here; `ProxyAddressRule` reports an address twice in
/// one user's `proxyAddresses`.
///
/// The same DN twice is one entry read twice, not two users: `add` refuses it, and
/// `DirectoryCheck` reports the repeat.
///
/// Linear: one hash map from normalised value to the first user holding it. Every user
/// holding a duplicated value gets one finding for it, on the first of its
/// `userPrincipalName`, `mail`, `proxyAddresses` that holds it, so the set of findings does
/// not depend on the order users arrive in (the detail names the other holder first seen).
public struct DuplicateValueRule: Sendable {
    public enum ID: String, CaseIterable, Sendable {
        case value = "duplicateValue"
        case mailNickname = "duplicateMailNickname"
        case samAccountName = "duplicateSamAccountName"
    }

    /// Namespace numbers; other proxy address types from `firstType` on.
    private enum Namespace {
        static let smtp: Int32 = 0
        static let mailNickname: Int32 = 1
        static let samAccountName: Int32 = 2
        static let firstType: Int32 = 3
    }

    private struct Key: Hashable, Sendable {
        /// `Namespace`: SMTP, mailNickname, sAMAccountName, then other proxy address types by `typeIndex`.
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
        case userPrincipalName, mail, proxyAddresses, mailNickname, sAMAccountName

        var name: String {
            switch self {
            case .userPrincipalName: return "userPrincipalName"
            case .mail: return "mail"
            case .proxyAddresses: return "proxyAddresses"
            case .mailNickname: return "mailNickname"
            case .sAMAccountName: return "sAMAccountName"
            }
        }
    }

    private var holders: [Key: Holder] = [:]
    private var names = DistinguishedNameTable()
    /// A hash of every user's folded `sAMAccountName`, so that a suggested one can be checked
    /// against all of them without keeping them: AD refuses a name another user has.
    private var accountNameHashes: Set<Int> = []
    private var typeIndex: [String: Int32] = [:]
    private var prefixes: [String] = [""]
    private var prefixIndex: [Substring: UInt16] = [:]
    public private(set) var findings: [Finding] = []

    public init() {}

    /// Records the unique-namespace values of one more user, reporting any already taken.
    /// Returns false, recording nothing, when a user with this DN was added before.
    @discardableResult
    public mutating func add(_ user: OnPremUser) -> Bool {
        let (index, inserted) = names.insert(user.dn)
        guard inserted else { return false }
        // Keys this user was already reported for: empty (no allocation) unless a duplicate is found.
        var reported: Set<Key> = []
        let upn = user.userPrincipalName.flatMap { $0.allSatisfy(\.isWhitespace) ? nil : $0 }
        if let upn { record(upn[...], namespace: Namespace.smtp, prefix: nil, attribute: .userPrincipalName, user: index, reported: &reported) }
        if let mail = user.mail { record(mail[...], namespace: Namespace.smtp, prefix: nil, attribute: .mail, user: index, reported: &reported) }
        for value in user.proxyAddresses {
            guard let proxy = ProxyAddress(value) else { continue }
            let namespace = proxy.isSMTP ? Namespace.smtp : namespace(forType: proxy.type)
            record(proxy.address, namespace: namespace, prefix: proxy.storedType, attribute: .proxyAddresses, user: index, reported: &reported)
        }
        if let nickname = user.mailNickname { record(nickname[...], namespace: Namespace.mailNickname, prefix: nil, attribute: .mailNickname, user: index, reported: &reported) }
        if let sam = user.sAMAccountName, !sam.isEmpty {
            accountNameHashes.insert(Self.foldedHash(sam))
            if upn == nil { record(sam[...], namespace: Namespace.samAccountName, prefix: nil, attribute: .sAMAccountName, user: index, reported: &reported) }
        }
        return true
    }

    /// Who else already holds `value` in the namespace of `attribute`, were the user `dn`
    /// given it (`the userPrincipalName of CN=…`); nil when the value is free or held by
    /// `dn` alone. For `sAMAccountName` the other may be a user whose name only hashes alike:
    /// a fix is then withheld, never wrongly offered.
    public func holder(of value: String, in attribute: String, besides dn: String) -> String? {
        if attribute == Attribute.sAMAccountName.name {
            return accountNameHashes.contains(Self.foldedHash(value)) ? "the sAMAccountName of another user" : nil
        }
        guard let key = key(of: value, in: attribute), let first = holders[key] else { return nil }
        let user = names.number(of: dn)
        if first.user == user {
            return first.reported ? "the \(first.attribute.name) of another user" : nil
        }
        return "the \(first.attribute.name) of \(names[first.user])"
    }

    // MARK: - Internals

    private mutating func namespace(forType type: Substring) -> Int32 {
        let lowered = type.lowercased()
        if let known = typeIndex[lowered] { return known }
        let next = Int32(typeIndex.count) + Namespace.firstType
        typeIndex[lowered] = next
        return next
    }

    /// The key `value` has in the namespace of `attribute`, as `record` builds it; nil
    /// for an attribute with no namespace or a value with no address.
    private func key(of value: String, in attribute: String) -> Key? {
        let namespace: Int32
        var address = value[...]
        switch attribute {
        case Attribute.userPrincipalName.name, Attribute.mail.name:
            namespace = Namespace.smtp
        case Attribute.mailNickname.name:
            namespace = Namespace.mailNickname
        case Attribute.proxyAddresses.name:
            guard let proxy = ProxyAddress(value) else { return nil }
            if proxy.isSMTP {
                namespace = Namespace.smtp
            } else {
                guard let known = typeIndex[proxy.type.lowercased()] else { return nil }
                namespace = known
            }
            address = proxy.address
        default:
            return nil
        }
        let trimmed = String(address).trimmingWhitespace
        return trimmed.isEmpty ? nil : Key(namespace: namespace, value: trimmed.lowercased())
    }

    private static func foldedHash(_ name: String) -> Int {
        var hasher = Hasher()
        hasher.combine(name.trimmingWhitespace.lowercased())
        return hasher.finalize()
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
        let (rule, severity, why) = Self.consequence(namespace)
        let firstDN = names[first.user]
        let userDN = names[user]
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

    /// The rule, severity and consequence of a duplicate in `namespace`.
    private static func consequence(_ namespace: Int32) -> (ID, Severity, String) {
        switch namespace {
        case Namespace.mailNickname:
            return (.mailNickname, .warning, "Exchange Online will give one of them another alias")
        case Namespace.samAccountName:
            return (.samAccountName, .error, "neither has a userPrincipalName, so Entra Connect builds the same sign-in name for both and one fails to sync")
        default:
            return (.value, .error, "Entra ID keeps it unique, so one of them fails to sync (AttributeValueMustBeUnique)")
        }
    }
}
