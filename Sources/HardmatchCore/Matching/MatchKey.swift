/// How values are normalised before they are compared, in one place so that every index
/// and every lookup agrees, and `check` and `plan` agree on what a duplicate is.
///
/// What is compared:
/// - UPNs and SMTP addresses case-insensitively (`lowercased()`), ImmutableIds exactly.
/// - As Swift `String` equality, which is Unicode canonical equivalence: `é` written as one
///   scalar (U+00E9) and as `e` + U+0301 are the same address; the hashes agree with that.
///   No compatibility normalisation: full-width `ａ` is not `a`.
/// - An SMTP proxy address as `ProxyAddress` reads it, the way Entra ID does: whitespace
///   around the `smtp:` type and around the address is not part of the address
///   (`ProxyAddressRule` reports it). A UPN is compared as stored: nothing is trimmed.
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

    /// The address of an `smtp:` proxy address (type in any case, whitespace around the type
    /// and the address ignored, as `ProxyAddress` reads it), or nil for other types and for
    /// an empty address. `check` reads proxy addresses through `ProxyAddress` too.
    public static func smtpAddress(_ proxyAddress: String) -> String? {
        // Fast path, nearly every value: `smtp:` in any case, nothing to trim.
        let utf8 = proxyAddress.utf8
        if utf8.count > 5, let last = utf8.last, last > 0x20, last < 0x7f {
            var index = utf8.startIndex
            var plain = true
            for expected in "smtp:".utf8 {
                let byte = utf8[index]
                guard byte == expected || byte == expected - 0x20 && expected != UInt8(ascii: ":") else {
                    plain = false
                    break
                }
                index = utf8.index(after: index)
            }
            if plain, utf8[index] > 0x20, utf8[index] < 0x7f { return String(proxyAddress[index...]) }
        }
        guard let proxy = ProxyAddress(proxyAddress), proxy.isSMTP else { return nil }
        let address = proxy.trimmedAddress
        return address.isEmpty ? nil : String(address)
    }

    /// The primary SMTP address among `proxyAddresses`: the first with the upper-case
    /// `SMTP:` type (whitespace around it ignored, as for `smtpAddress`).
    public static func primarySmtpAddress(_ proxyAddresses: [String]) -> String? {
        for value in proxyAddresses {
            guard let proxy = ProxyAddress(value), proxy.isPrimarySMTP else { continue }
            let address = proxy.trimmedAddress
            if !address.isEmpty { return String(address) }
        }
        return nil
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
