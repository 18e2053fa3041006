/// The cloud users looked up by every key a matching rule uses, built once.
struct CloudIndex {
    /// `onPremisesImmutableId` values that are the canonical base64 of 16 bytes, decoded.
    ///
    /// Equal decoded values mean equal strings (the encoding is canonical and base64 is
    /// case-sensitive), so this is Entra's exact string comparison, hashed as two integers.
    /// A value that is not canonical can never equal an anchor and is not indexed.
    var byAnchor = KeyIndex<ImmutableID>()
    /// Folded UPN.
    var byUPN = KeyIndex<String>()
    /// Folded SMTP proxy addresses and `mail`.
    var byAddress = KeyIndex<String>()
    /// Folded UPN local part, for UPNs in a `*.onmicrosoft.com` domain only.
    var byOnMicrosoftLocalPart = KeyIndex<String>()
    /// Folded SMTP proxy addresses of each user: soft match looks at these, not at `mail`.
    var smtpProxies: [[String]] = []
    var isAdmin: [Bool] = []

    init(_ users: [CloudUser], adminIds: Set<String>) {
        byUPN = KeyIndex(capacity: users.count)
        byAddress = KeyIndex(capacity: users.count * 2)
        smtpProxies.reserveCapacity(users.count)
        isAdmin.reserveCapacity(users.count)
        for (index, user) in users.enumerated() {
            if case .success(let anchor) = user.decodedImmutableId { byAnchor.insert(anchor, index) }
            if let upn = user.userPrincipalName {
                byUPN.insert(MatchKey.folded(upn), index)
                if let parts = MatchKey.upnParts(upn), MatchKey.isOnMicrosoftDomain(parts.domain) {
                    byOnMicrosoftLocalPart.insert(parts.local, index)
                }
            }
            let proxies = user.smtpAddresses.map(MatchKey.folded)
            for address in proxies { byAddress.insert(address, index) }
            if let mail = user.mail { byAddress.insert(MatchKey.folded(mail), index) }
            smtpProxies.append(proxies)
            isAdmin.append(adminIds.contains(user.id))
        }
    }
}
