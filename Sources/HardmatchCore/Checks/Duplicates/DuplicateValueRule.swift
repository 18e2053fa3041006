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
/// Linear: one `ValueTable` from normalised value to the first user holding it, DNs
/// included (the first holder is named by its DN record). Every user holding a duplicated
/// value gets one finding for it, on the first of its `userPrincipalName`, `mail`,
/// `proxyAddresses` that holds it, so the set of findings does not depend on the order users
/// arrive in (the detail names the other holder first seen).
public struct DuplicateValueRule: Sendable {
    public enum ID: String, CaseIterable, Sendable {
        case value = "duplicateValue"
        case mailNickname = "duplicateMailNickname"
        case samAccountName = "duplicateSamAccountName"
    }

    /// Namespace numbers; other proxy address types from `firstType` on.
    private enum Namespace {
        static let distinguishedName: UInt32 = 0
        static let smtp: UInt32 = 1
        static let mailNickname: UInt32 = 2
        static let samAccountName: UInt32 = 3
        static let firstType: UInt32 = 4
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

        init(_ record: ValueRecord) {
            self = Attribute(rawValue: record.attribute) ?? .userPrincipalName
        }
    }

    /// Every value and every DN, each with its first holder.
    private var values = ValueTable()
    /// A hash of every user's folded `sAMAccountName`, so that a suggested one can be checked
    /// against all of them without keeping them: AD refuses a name another user has.
    private var accountNameHashes: Set<UInt64> = []
    private var types = ProxyTypes(smtp: Namespace.smtp, first: Namespace.firstType)
    public private(set) var findings: [Finding] = []

    public init() {}

    /// Records the unique-namespace values of one more user, reporting any already taken.
    /// Returns false, recording nothing, when a user with this DN was added before.
    @discardableResult
    public mutating func add(_ user: OnPremUser) -> Bool {
        guard let (dn, inserted) = values.insert(user.dn[...], .exact, namespace: Namespace.distinguishedName, details: .init()), inserted else {
            return false
        }
        var holder = Holder(dn: dn)
        let upn = user.userPrincipalName.flatMap { $0.isBlank ? nil : $0 }
        if let upn { record(upn[...], Namespace.smtp, .userPrincipalName, &holder) }
        // A user's mail and primary address are nearly always its UPN again: the table would
        // find them held by this user, which is nothing to report.
        if let mail = user.mail, !Self.same(mail[...], upn) { record(mail[...], Namespace.smtp, .mail, &holder) }
        for value in user.proxyAddresses {
            guard let proxy = ProxyAddress(value) else { continue }
            let (prefix, namespace) = types.number(of: proxy)
            if namespace == Namespace.smtp, Self.same(proxy.address, upn) || Self.same(proxy.address, user.mail) { continue }
            record(proxy.address, namespace, prefix: (prefix, proxy.storedType), .proxyAddresses, &holder)
        }
        if let nickname = user.mailNickname { record(nickname[...], Namespace.mailNickname, .mailNickname, &holder) }
        if let sam = user.sAMAccountName, !sam.isEmpty {
            accountNameHashes.insert(ValueTable.foldedHash(sam[...]) ?? 0)
            if upn == nil { record(sam[...], Namespace.samAccountName, .sAMAccountName, &holder) }
        }
        return true
    }

    /// Who else already holds `value` in the namespace of `attribute`, were the user `dn`
    /// given it (`the userPrincipalName of CN=…`); nil when the value is free or held by
    /// `dn` alone. For `sAMAccountName` the other may be a user whose name only hashes alike:
    /// a fix is then withheld, never wrongly offered.
    public func holder(of value: String, in attribute: String, besides dn: String) -> String? {
        if attribute == Attribute.sAMAccountName.name {
            return accountNameHashes.contains(ValueTable.foldedHash(value[...]) ?? 0) ? "the sAMAccountName of another user" : nil
        }
        guard let (namespace, address) = key(of: value, in: attribute),
              let first = values.find(address, .folded, namespace: namespace) else { return nil }
        let user = values.find(dn[...], .exact, namespace: Namespace.distinguishedName)
        if first.holder == user?.offset {
            return first.reported ? "the \(Attribute(first).name) of another user" : nil
        }
        return "the \(Attribute(first).name) of \(name(first.holder))"
    }

    // MARK: - Internals

    /// The user being added: its DN record, and the values it was already reported for
    /// (empty, with no allocation, unless a duplicate is found).
    private struct Holder {
        var dn: UInt64
        var reported: [UInt64] = []
    }

    /// The namespace and the address `value` has in `attribute`, as `add` records it; nil
    /// for an attribute with no namespace, or a proxy address of a type never seen.
    private func key(of value: String, in attribute: String) -> (UInt32, Substring)? {
        switch attribute {
        case Attribute.userPrincipalName.name, Attribute.mail.name:
            return (Namespace.smtp, value[...])
        case Attribute.mailNickname.name:
            return (Namespace.mailNickname, value[...])
        case Attribute.proxyAddresses.name:
            guard let proxy = ProxyAddress(value), let namespace = types.namespace(of: proxy) else { return nil }
            return (namespace, proxy.address)
        default:
            return nil
        }
    }

    /// True when `value` is `other`'s bytes: certainly one value, without a look-up.
    private static func same(_ value: Substring, _ other: String?) -> Bool {
        guard let other, value.utf8.count == other.utf8.count else { return false }
        let equal: Bool?? = value.utf8.withContiguousStorageIfAvailable { a in
            other.utf8.withContiguousStorageIfAvailable { b in a.elementsEqual(b) }
        }
        return equal.flatMap { $0 } ?? value.utf8.elementsEqual(other.utf8)
    }

    private func name(_ dn: UInt64) -> String {
        values.storedValue(of: values.record(at: dn))
    }

    /// The value `record` holds as its holder stored it, prefix included.
    private func stored(_ record: ValueRecord) -> String {
        let address = values.storedValue(of: record)
        return record.prefix == 0 ? address : types.prefix(record.prefix) + ":" + address
    }

    /// Records `raw` (a proxy address without its `prefix`: its number, and as stored).
    private mutating func record(_ raw: Substring, _ namespace: UInt32, prefix: (number: UInt32, stored: Substring)? = nil, _ attribute: Attribute, _ holder: inout Holder) {
        let details = ValueTable.Details(attribute: attribute.rawValue, prefix: prefix?.number ?? 0, holder: holder.dn)
        guard let (offset, inserted) = values.insert(raw, .folded, namespace: namespace, details: details), !inserted else { return }
        let first = values.record(at: offset)
        guard first.holder != holder.dn, !holder.reported.contains(first.offset) else { return }
        holder.reported.append(first.offset)
        let (rule, severity, why) = Self.consequence(namespace)
        let firstDN = name(first.holder)
        let userDN = name(holder.dn)
        let value = prefix.map { "\($0.stored):\(raw)" } ?? String(raw)
        findings.append(Finding(
            dn: userDN, attribute: attribute.name, value: value, rule: rule.rawValue, severity: severity,
            detail: "also the \(Attribute(first).name) of \(firstDN); \(why)"
        ))
        if !first.reported {
            values.markReported(first)
            findings.append(Finding(
                dn: firstDN, attribute: Attribute(first).name, value: stored(first), rule: rule.rawValue, severity: severity,
                detail: "also the \(attribute.name) of \(userDN); \(why)"
            ))
        }
    }

    /// The rule, severity and consequence of a duplicate in `namespace`.
    private static func consequence(_ namespace: UInt32) -> (ID, Severity, String) {
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
