/// One `proxyAddresses` value: an address type, a colon, and the address (`SMTP:a@b.com`,
/// `smtp:…`, `X500:/o=…`, `SIP:…`, `EUM:…`).
public struct ProxyAddress: Sendable, Equatable {
    /// The prefix as stored; its case matters only for SMTP (`SMTP:` marks the primary).
    public var type: Substring
    public var address: Substring

    /// Splits at the first colon; nil when there is no type before one.
    public init?(_ value: String) {
        guard let colon = value.firstIndex(of: ":"), colon != value.startIndex else { return nil }
        type = value[..<colon]
        address = value[value.index(after: colon)...]
    }

    public var isSMTP: Bool { type.count == 4 && type.lowercased() == "smtp" }
    /// The primary SMTP address: the upper-case `SMTP:` prefix.
    public var isPrimarySMTP: Bool { type == "SMTP" }
    /// X.400 and X.500 addresses are distinguished names: spaces and parentheses are normal there.
    public var isX400OrX500: Bool {
        let lowered = type.lowercased()
        return lowered == "x400" || lowered == "x500"
    }
}
