/// The objects IdFix leaves out of its checks, so that `check` reports what an
/// administrator can and should fix, not the accounts AD and Exchange maintain themselves.
///
/// From IdFix's "well known exclusions" (Errors supported by the IdFix tool; `Constants.cs`):
/// `krbtgt` (and an RODC's `krbtgt_NNNNN`), `Guest`, `HealthMailbox*`, `SystemMailbox*`,
/// `DiscoverySearchMailbox*`, `FederatedEmail*`, `CAS_{*`, `Exchange Online-ApplicationAccount`,
/// `MSOL_*` (Entra Connect's own service account), names ending in `$`, conflict objects
/// (`\0ACNF:` in the DN; AD writes it as a line feed then `CNF:`), and
/// `isCriticalSystemObject: TRUE`. Names are matched on `sAMAccountName` and on the CN.
/// IdFix's `Admini*` and `Guest*` prefixes are narrowed to `Guest` exactly: a person named
/// Administrator-something or Guesthouse-something is still checked (the built-in
/// Administrator is a critical system object).
public enum SystemObjectFilter {
    static let exactNames: Set<String> = ["krbtgt", "guest", "exchange online-applicationaccount"]
    static let prefixes = ["krbtgt_", "healthmailbox", "systemmailbox", "discoverysearchmailbox", "federatedemail", "cas_{", "msol_"]

    /// Why `user` is left out, or nil when it is checked.
    public static func exclusionReason(_ user: OnPremUser) -> String? {
        if user.isCriticalSystemObject == true { return "isCriticalSystemObject" }
        if user.dn.contains("CNF:") { return "a replication conflict object (CNF: in the DN)" }
        for name in [user.sAMAccountName, commonName(user.dn)].compactMap({ $0 }) {
            let lowered = name.lowercased()
            if exactNames.contains(lowered) { return "the built-in account \(name)" }
            if let prefix = prefixes.first(where: lowered.hasPrefix) { return "a system account (\(prefix)…)" }
            if lowered.hasSuffix("$") { return "a machine or trust account (name ends in $)" }
        }
        return nil
    }

    /// The value of the first RDN when it is a CN (`CN=Guest,CN=Users,…` → `Guest`).
    static func commonName(_ dn: String) -> String? {
        guard dn.count > 3, dn.prefix(3).lowercased() == "cn=" else { return nil }
        var name = ""
        var escaped = false
        for character in dn.dropFirst(3) {
            if escaped {
                name.append(character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == "," {
                break
            } else {
                name.append(character)
            }
        }
        return name
    }
}
