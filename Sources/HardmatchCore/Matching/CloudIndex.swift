/// The cloud users looked up by every key a matching rule uses, built once.
///
/// The tables hold positions only; each lookup confirms a hit against the user's own
/// values, so the index copies no user data.
struct CloudIndex {
    let users: [CloudUser]
    /// `onPremisesImmutableId` values that are the canonical base64 of 16 bytes, decoded.
    ///
    /// Equal decoded values mean equal strings (the encoding is canonical and base64 is
    /// case-sensitive), so this is Entra's exact string comparison. A value that is not
    /// canonical can never equal an anchor and is nil here.
    let anchors: [ImmutableID?]
    private var byAnchor: PositionTable
    /// Folded UPN.
    private var byUPN: PositionTable
    /// Folded SMTP proxy addresses and `mail`.
    private var byAddress: PositionTable
    /// Folded UPN local part, for UPNs in a `*.onmicrosoft.com` domain only.
    private var byOnMicrosoftLocalPart = PositionTable()

    init(_ users: [CloudUser]) {
        self.users = users
        byAnchor = PositionTable(capacity: users.count / 2)
        byUPN = PositionTable(capacity: users.count)
        byAddress = PositionTable(capacity: users.count * 2)
        var anchors: [ImmutableID?] = []
        anchors.reserveCapacity(users.count)
        for index in users.indices {
            var anchor: ImmutableID?
            if case .success(let decoded) = users[index].decodedImmutableId {
                anchor = decoded
                byAnchor.insert(MatchKey.guidHash(decoded.guid), index)
            }
            anchors.append(anchor)
            if let upn = users[index].userPrincipalName {
                byUPN.insert(MatchKey.foldedHash(upn), index)
                if let hash = Self.onMicrosoftLocalHash(upn) { byOnMicrosoftLocalPart.insert(hash, index) }
            }
            for proxy in users[index].proxyAddresses {
                if let address = MatchKey.smtpAddress(proxy) { byAddress.insert(MatchKey.foldedHash(address), index) }
            }
            if let mail = users[index].mail { byAddress.insert(MatchKey.foldedHash(mail), index) }
        }
        self.anchors = anchors
    }

    // MARK: - Lookups

    /// Cloud users whose `onPremisesImmutableId` is this anchor.
    func withAnchor(_ anchor: ImmutableID) -> [Int] {
        byAnchor.positions(MatchKey.guidHash(anchor.guid)) { anchors[$0] == anchor }
    }

    /// Cloud users whose UPN is `upn`, ignoring case.
    func withUPN(_ upn: String) -> [Int] {
        byUPN.positions(MatchKey.foldedHash(upn)) { users[$0].userPrincipalName.map { MatchKey.foldedEqual($0, upn) } ?? false }
    }

    /// Cloud users with `address` among their SMTP proxy addresses, ignoring case: the soft match.
    func withSmtpProxy(_ address: String) -> [Int] {
        byAddress.positions(MatchKey.foldedHash(address)) { hasSmtpProxy(users[$0], address) }
    }

    /// Calls `body` with each cloud user with `address` as an SMTP proxy address or `mail`, ignoring case.
    func forEachWithAddress(_ address: String, _ body: (Int) -> Void) {
        byAddress.forEach(MatchKey.foldedHash(address), where: { position in
            let user = users[position]
            return hasSmtpProxy(user, address) || user.mail.map { MatchKey.foldedEqual($0, address) } ?? false
        }, body)
    }

    /// Cloud users in a `*.onmicrosoft.com` domain whose folded UPN local part is `local`.
    func withOnMicrosoftLocalPart(_ local: String) -> [Int] {
        byOnMicrosoftLocalPart.positions(MatchKey.exactHash(local)) { position in
            users[position].userPrincipalName.flatMap(Self.onMicrosoftParts)?.local == local
        }
    }

    // MARK: - Helpers

    private func hasSmtpProxy(_ user: CloudUser, _ address: String) -> Bool {
        user.proxyAddresses.contains { proxy in MatchKey.smtpAddress(proxy).map { MatchKey.foldedEqual($0, address) } ?? false }
    }

    /// The folded parts of a UPN in a `*.onmicrosoft.com` domain; nil for any other UPN.
    private static func onMicrosoftParts(_ upn: String) -> (local: String, domain: String)? {
        guard let parts = MatchKey.upnParts(upn), MatchKey.isOnMicrosoftDomain(parts.domain) else { return nil }
        return parts
    }

    /// `exactHash` of the local part `onMicrosoftParts` gives; nil for a UPN in any other domain.
    ///
    /// Most UPNs are ASCII and in a custom domain: those are ruled out, or hashed, from
    /// their bytes, without folding and splitting the UPN into new strings.
    private static func onMicrosoftLocalHash(_ upn: String) -> UInt64? {
        var bytes = upn
        let ascii: LocalPart = bytes.withUTF8 { utf8 in
            guard utf8.allSatisfy({ $0 < 0x80 }) else { return .notASCII }
            guard let at = utf8.lastIndex(of: UInt8(ascii: "@")), at > 0 else { return .other }
            let domain = utf8[(at + 1)...]
            let suffix = ".onmicrosoft.com".utf8
            guard domain.count >= suffix.count,
                  domain.suffix(suffix.count).elementsEqual(suffix, by: { $0 == $1 || $0 | 0x20 == $1 && $1 &- UInt8(ascii: "a") < 26 })
            else { return .other }
            return .onMicrosoft(MatchKey.foldedHash(ascii: UnsafeBufferPointer(rebasing: utf8[..<at])))
        }
        switch ascii {
        case .onMicrosoft(let hash): return hash
        case .other: return nil
        case .notASCII: return onMicrosoftParts(upn).map { MatchKey.exactHash($0.local) }
        }
    }

    private enum LocalPart {
        case onMicrosoft(UInt64)
        case other
        case notASCII
    }
}
