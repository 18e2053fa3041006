import HardmatchCore

/// Small builders for the users of the matching tests: each user is named by one word,
/// and its GUID, UPN and address follow from that word.
enum Fixture {
    /// A GUID made from a number, so tests can name anchors without writing base64.
    static func guid(_ number: UInt8) -> ObjectGUID {
        // 16 bytes, always: the fallback is never taken.
        (try? ObjectGUID(rawBytes: [number] + [UInt8](repeating: 0x5a, count: 14) + [number])) ?? ObjectGUID.zeroForTests
    }

    static func anchor(_ number: UInt8) -> String { guid(number).immutableID.string }

    static func onPrem(
        _ name: String, _ number: UInt8, upn: String? = "", smtp: String? = "", aliases: [String] = [],
        mail: String? = nil, consistency: UInt8? = nil, outOfScope: SyncScopeRule? = nil
    ) -> OnPremUser {
        let upnValue = upn == "" ? "\(name)@contoso.com" : upn
        let smtpValue = smtp == "" ? "\(name)@contoso.com" : smtp
        return OnPremUser(
            dn: "CN=\(name),OU=Staff,DC=contoso,DC=com", objectGUID: guid(number),
            consistencyGuid: consistency.map(guid), userPrincipalName: upnValue, mail: mail,
            proxyAddresses: (smtpValue.map { ["SMTP:\($0)"] } ?? []) + aliases.map { "smtp:\($0)" },
            sAMAccountName: name, outOfScope: outOfScope
        )
    }

    static func cloud(
        _ id: String, upn: String? = nil, mail: String? = nil, proxies: [String] = [], anchor: String? = nil,
        synced: Bool? = nil, type: String? = "Member"
    ) -> CloudUser {
        CloudUser(
            id: id, userPrincipalName: upn, mail: mail, proxyAddresses: proxies, onPremisesImmutableId: anchor,
            onPremisesSyncEnabled: synced, userType: type
        )
    }
}

extension ObjectGUID {
    static let zeroForTests: ObjectGUID = {
        guard let guid = try? ObjectGUID(string: "00000000-0000-0000-0000-000000000000") else { fatalError("constant GUID") }
        return guid
    }()
}

extension MatchPlan {
    /// The entry of the on-premises user with this sAMAccountName.
    func entry(_ name: String) -> PlanEntry? {
        entries.first { $0.onPrem?.sAMAccountName == name }
    }

    /// The entry listing this cloud user without an on-premises user.
    func cloudOnly(_ id: String) -> PlanEntry? {
        entries.first { $0.onPrem == nil && $0.cloud?.id == id }
    }
}
