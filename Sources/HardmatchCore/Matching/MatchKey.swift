/// How values are normalised before they are compared, in one place so that every index
/// and every lookup agrees.
///
/// Entra compares UPNs and SMTP addresses case-insensitively and ImmutableIds exactly;
/// nothing else (no trimming, no Unicode normalisation) happens, because Entra does not
/// do it either and a match `hardmatch` promised but Entra refuses would lose a mailbox.
public enum MatchKey {
    /// An address or UPN for case-insensitive comparison.
    ///
    /// ASCII (nearly every address) is lower-cased byte by byte and returned without a
    /// copy when it already is lower case: a million users are normalised several times.
    public static func folded(_ value: String) -> String {
        var hasUpper = false
        for byte in value.utf8 {
            if byte >= 0x80 { return value.lowercased() }
            if byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") { hasUpper = true }
        }
        guard hasUpper else { return value }
        return String(decoding: value.utf8.map { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") ? $0 | 0x20 : $0 }, as: UTF8.self)
    }

    /// The address of an `smtp:` proxy address (prefix in any case), or nil for other types.
    public static func smtpAddress(_ proxyAddress: String) -> String? {
        let utf8 = proxyAddress.utf8
        guard utf8.count > 5 else { return nil }
        var index = utf8.startIndex
        for expected in "smtp:".utf8 {
            let byte = utf8[index]
            guard byte == expected || byte == expected - 0x20 && expected != UInt8(ascii: ":") else { return nil }
            index = utf8.index(after: index)
        }
        return String(proxyAddress[index...])
    }

    /// The local part and the domain of a UPN (split at the last `@`), folded; nil without `@`.
    public static func upnParts(_ upn: String) -> (local: String, domain: String)? {
        let folded = folded(upn)
        guard let at = folded.utf8.lastIndex(of: UInt8(ascii: "@")) else { return nil }
        let local = String(folded[..<at])
        let domain = String(folded[folded.utf8.index(after: at)...])
        guard !local.isEmpty, !domain.isEmpty else { return nil }
        return (local, domain)
    }

    /// True for a UPN in a `*.onmicrosoft.com` domain: the initial domain of a tenant.
    public static func isOnMicrosoftDomain(_ domain: String) -> Bool {
        domain.hasSuffix(".onmicrosoft.com")
    }
}
