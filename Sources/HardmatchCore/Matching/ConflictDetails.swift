/// The detail of each kind of conflict: the sentence an administrator reads and the facts.
enum ConflictDetails {
    static let guest = ConflictDetail(
        message: "the cloud user is a guest (userType Guest); joining an employee to a guest account is never intended"
    )

    static func admin(_ user: CloudUser) -> ConflictDetail {
        ConflictDetail(
            message: "cloud user \(name(user)) holds or is eligible for a Microsoft Entra role; Entra refuses to join it by soft or hard match (since June 2026) and hardmatch does not write to it: note its roles, remove them (assignments and eligibility) for the migration window, and restore them after the first sync"
        )
    }

    static func cloudManaged(_ user: CloudUser) -> ConflictDetail {
        ConflictDetail(
            message: "cloud user \(name(user)) is under cloud Source of Authority (onPremisesSyncBehavior isCloudManaged true); on-premises cannot take it over: to join it, set isCloudManaged to false (PATCH /v1.0/users/\(user.id)/onPremisesSyncBehavior {\"isCloudManaged\": false}) before the first sync, or keep it cloud-managed and leave this on-premises user out of the sync"
        )
    }

    static func objectIdentifier(_ user: CloudUser, guid: ObjectGUID?, ownerDn: String?) -> ConflictDetail {
        let stored = user.onPremisesObjectIdentifier ?? "null"
        let named: String
        if let guid {
            named = ownerDn.map { "object \(guid) (\($0))" } ?? "object \(guid), which is not among the on-premises users read"
        } else {
            named = "a value that is not a GUID"
        }
        return ConflictDetail(
            message: "cloud user \(name(user)) has onPremisesObjectIdentifier \(stored), \(named), not this user; Entra refuses the hard match (since July 2026): check who owns the account, then clear it with PATCH /beta/users/\(user.id) {\"onPremisesObjectIdentifier\": null} before the first sync",
            cloudAnchorGUID: guid, cloudAnchorExistsOnPrem: ownerDn != nil, cloudAnchorOnPremDn: ownerDn
        )
    }

    static func hardMatchBlocked(_ user: CloudUser, join: Join) -> ConflictDetail {
        let why: String
        switch join {
        case .anchored: why = "cloud user \(name(user)) already holds its source anchor, so the first sync is a hard match"
        case .hardBecause(.softMatchBlocked): why = "the tenant blocks soft match (BlockSoftMatch), so only a hard match can join cloud user \(name(user))"
        case .hardBecause(.upnSoftMatchOff): why = "soft match on UPN is off in the tenant, so only a hard match can join cloud user \(name(user))"
        case .hardBecause(.preferHard): why = "--prefer-hard makes the join to cloud user \(name(user)) a hard match (without it Entra would soft-match it)"
        case .hardBecause(.written), .softMatch: why = "writing the anchor to cloud user \(name(user)) makes the first sync a hard match"
        }
        return ConflictDetail(
            message: "\(why), and the tenant blocks hard-match takeover of cloud-managed users (BlockCloudObjectTakeoverThroughHardMatch): turn it off for the migration window, run the first sync, then turn it back on"
        )
    }

    static func duplicate(attribute: String, value: String, others: [String]) -> ConflictDetail {
        let listed = limited(others)
        return ConflictDetail(
            message: "\(others.count) other on-premises user\(others.count == 1 ? " has" : "s have") the same \(attribute) \(value) (\(shown(listed, total: others.count))); the sync would reject or quarantine one of them",
            competitors: listed, attribute: attribute, value: value
        )
    }

    static func severalCandidates(_ ids: [String], via: MatchVia) -> ConflictDetail {
        let listed = limited(ids)
        return ConflictDetail(
            message: "\(ids.count) cloud users match by \(via.rawValue) (\(shown(listed, total: ids.count))); a pairing must be unique",
            candidates: listed
        )
    }

    static func competing(_ dns: [String], for candidate: CloudUser) -> ConflictDetail {
        let listed = limited(dns)
        return ConflictDetail(
            message: "cloud user \(name(candidate)) is also proposed for \(dns.count) other on-premises user\(dns.count == 1 ? "" : "s") (\(shown(listed, total: dns.count))); a pairing must be unique",
            competitors: listed
        )
    }

    static func mappingContradictsAnchor(_ ids: [String], anchoredTo anchored: String) -> ConflictDetail {
        let listed = limited(ids)
        return ConflictDetail(
            message: "the mapping file pairs it with \(shown(listed, total: ids.count)), but cloud user \(anchored) already holds its source anchor",
            candidates: limited([anchored] + ids)
        )
    }

    static func anchor(_ candidate: CloudUser, guid: ObjectGUID?, ownerDn: String?, synced: Bool, soft: Bool) -> ConflictDetail {
        let stored = candidate.onPremisesImmutableId ?? "null"
        var message = synced
            ? "cloud user \(name(candidate)) is already synchronised (onPremisesSyncEnabled) with onPremisesImmutableId \(stored)"
            : "cloud user \(name(candidate)) already has onPremisesImmutableId \(stored)"
        if let guid {
            message += ownerDn.map { ", the anchor of \(guid) (\($0))" } ?? ", the anchor of \(guid), which is not among the on-premises users read"
        } else if candidate.onPremisesImmutableId != nil {
            message += ", which is not the base64 of a GUID"
        }
        message += soft ? "; Entra refuses the soft match (InvalidSoftMatch)" : "; writing another anchor would break that pairing"
        return ConflictDetail(message: message, cloudAnchorGUID: guid, cloudAnchorExistsOnPrem: ownerDn != nil, cloudAnchorOnPremDn: ownerDn)
    }

    static func collision(attribute: String, value: String, with candidate: CloudUser) -> ConflictDetail {
        ConflictDetail(
            message: "no cloud user pairs with it, but its \(attribute) \(value) already belongs to cloud user \(name(candidate)); the new cloud user would have it quarantined",
            attribute: attribute, value: value
        )
    }

    // MARK: - Helpers

    private static func name(_ user: CloudUser) -> String {
        user.userPrincipalName.map { "\($0) (\(user.id))" } ?? user.id
    }

    private static func limited(_ values: [String]) -> [String] {
        Array(values.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }.prefix(PlanBuilder.detailListLimit))
    }

    private static func shown(_ listed: [String], total: Int) -> String {
        listed.joined(separator: "; ") + (total > listed.count ? "; and \(total - listed.count) more" : "")
    }
}
