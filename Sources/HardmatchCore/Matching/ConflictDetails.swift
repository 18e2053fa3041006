/// The detail of each kind of conflict: the sentence an administrator reads and the facts.
enum ConflictDetails {
    static let guest = ConflictDetail(
        message: "the cloud user is a guest (userType Guest); joining an employee to a guest account is never intended"
    )

    static let admin = ConflictDetail(
        message: "the cloud user holds an administrator role; Entra refuses to soft-match it and hardmatch will not write its ImmutableId"
    )

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
