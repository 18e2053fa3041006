/// Decides which out-of-box Entra Connect rule, if any, keeps a directory entry out of the
/// first sync (SPEC §3), so that `plan`, `check` and `dump` agree on one rule set.
///
/// Every test reads the entry's bytes in place: it runs on each user of a million-user
/// export, and decoding the names it tests into strings would cost several allocations a
/// user. Text is compared ignoring the case of ASCII letters, as AD compares these
/// attributes and as the sync's scoping filters do.
public enum SyncScope {
    /// The `msExchRecipientTypeDetails` bits Entra Connect does not synchronise.
    public static let excludedRecipientTypes: Int64 = 0x21C0_7000

    /// The first rule of `SyncScopeRule` that excludes `entry`, or nil when the sync takes it.
    public static func exclusion(of entry: DirectoryEntry) -> SyncScopeRule? {
        if entry.contains(.isCriticalSystemObject) { return .isCriticalSystemObject }
        let sam = entry.withFirstValue(.sAMAccountName, Self.samRule) ?? .noSAMAccountName
        if let sam, sam != .casMailbox { return sam }
        if entry.withFirstValue(.mailNickname, { startsWith($0, "systemmailbox{") }) == true { return .systemMailbox }
        if sam == .casMailbox || entry.withFirstValue(.mailNickname, isCASName) == true { return .casMailbox }
        if let details = entry.withFirstValue(.msExchRecipientTypeDetails, Self.integer) ?? nil, details & excludedRecipientTypes != 0 {
            return .exchangeSystemRecipient
        }
        if entry.withFirstValue(.adminDescription, { startsWith($0, "user_") }) == true { return .writtenBackFromCloud }
        if isReplicationConflict(entry.dn) { return .replicationConflict }
        return nil
    }

    // MARK: - Tests on values

    /// The rule a `sAMAccountName` alone decides (an empty one is none); `casMailbox` is
    /// returned for the caller to report after the `mailNickname` rule that comes before it.
    private static func samRule(_ name: UnsafeBufferPointer<UInt8>) -> SyncScopeRule? {
        if name.isEmpty { return .noSAMAccountName }
        if startsWith(name, "aad_") || startsWith(name, "msol_") { return .syncServiceAccount }
        if name.count == 16 && startsWith(name, "support_388945a0") { return .supportAccount }
        if isCASName(name) { return .casMailbox }
        return nil
    }

    /// `CAS_` followed somewhere by `}`.
    private static func isCASName(_ name: UnsafeBufferPointer<UInt8>) -> Bool {
        startsWith(name, "cas_") && name.contains(UInt8(ascii: "}"))
    }

    /// True when `bytes` begin with `prefix` (lower-case ASCII) in any case.
    static func startsWith(_ bytes: UnsafeBufferPointer<UInt8>, _ prefix: StaticString) -> Bool {
        let count = prefix.utf8CodeUnitCount
        guard bytes.count >= count else { return false }
        let expected = prefix.utf8Start
        for index in 0..<count where AttributeName.fold(bytes[index]) != expected[index] { return false }
        return true
    }

    /// A decimal integer, optionally signed (AD's Large Integer syntax); nil when it is not one.
    static func integer(_ bytes: UnsafeBufferPointer<UInt8>) -> Int64? {
        var index = 0
        let negative = bytes.first == UInt8(ascii: "-")
        if negative { index = 1 }
        guard index < bytes.count else { return nil }
        var value: Int64 = 0
        while index < bytes.count {
            let digit = bytes[index] &- UInt8(ascii: "0")
            guard digit < 10 else { return nil }
            let (times, overflowTen) = value.multipliedReportingOverflow(by: 10)
            let (sum, overflowAdd) = negative ? times.subtractingReportingOverflow(Int64(digit)) : times.addingReportingOverflow(Int64(digit))
            guard !overflowTen, !overflowAdd else { return nil }
            value = sum
            index += 1
        }
        return value
    }

    // MARK: - Conflict objects

    /// True when the first RDN of `dn` holds `\0ACNF:`, AD's mark of a replication conflict:
    /// the escaped line feed as AD writes it (any case of hex digits), or the line feed itself.
    static func isReplicationConflict(_ dn: String) -> Bool {
        var dn = dn
        return dn.withUTF8(firstRDNHoldsConflictMark)
    }

    private static func firstRDNHoldsConflictMark(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: ","):
                return false
            case UInt8(ascii: "\\"):
                let rest = UnsafeBufferPointer(rebasing: bytes[(index + 1)...])
                if startsWith(rest, "0acnf:") { return true }
                index += 2
            case 0x0a:
                if startsWith(UnsafeBufferPointer(rebasing: bytes[(index + 1)...]), "cnf:") { return true }
                index += 1
            default:
                index += 1
            }
        }
        return false
    }
}
