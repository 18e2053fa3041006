/// How an on-premises user was paired with its cloud user: the rule that found the pair.
public enum MatchVia: String, Sendable, CaseIterable {
    /// Hard match: the cloud `onPremisesImmutableId` equals the source anchor.
    case sourceAnchor
    /// Soft match: the on-premises primary SMTP address is one of the cloud proxy addresses.
    case primarySmtp
    /// Soft match: the UPNs are equal (ignoring case).
    case userPrincipalName
    /// A row of the `--mapping` file.
    case mapping
    /// An SMTP address (any proxy address or `mail`) the two share.
    case sharedSmtp
    /// The same UPN local part, the cloud UPN in a `*.onmicrosoft.com` domain.
    case upnLocalPart

    /// True for the pairings Entra makes itself at the first sync.
    public var isEntraRule: Bool {
        self == .sourceAnchor || self == .primarySmtp || self == .userPrincipalName
    }
}
