/// What the plan needs to know about the on-premises users as a set: their anchors and
/// keys computed once, which values two of them share, and who owns a given GUID.
struct OnPremIndex {
    /// Per user: the source anchor, the folded UPN and primary SMTP address.
    var anchors: [ImmutableID] = []
    var upns: [String?] = []
    var primarySmtps: [String?] = []
    var byUPN = KeyIndex<String>()
    var byPrimarySmtp = KeyIndex<String>()
    var byAnchor = KeyIndex<ImmutableID>()
    /// objectGUIDs and mS-DS-ConsistencyGuids: which user a cloud anchor points to.
    var ownerOfGUID: [ObjectGUID: Int] = [:]

    init(_ users: [OnPremUser]) {
        anchors.reserveCapacity(users.count)
        upns.reserveCapacity(users.count)
        primarySmtps.reserveCapacity(users.count)
        byUPN = KeyIndex(capacity: users.count)
        byPrimarySmtp = KeyIndex(capacity: users.count)
        byAnchor = KeyIndex(capacity: users.count)
        ownerOfGUID.reserveCapacity(users.count)
        for (index, user) in users.enumerated() {
            let anchor = user.sourceAnchor
            anchors.append(anchor)
            byAnchor.insert(anchor, index)
            let upn = user.userPrincipalName.map(MatchKey.folded)
            upns.append(upn)
            if let upn { byUPN.insert(upn, index) }
            let smtp = user.primarySmtp.map(MatchKey.folded)
            primarySmtps.append(smtp)
            if let smtp { byPrimarySmtp.insert(smtp, index) }
            own(user.objectGUID, index, users)
            if let consistency = user.consistencyGuid { own(consistency, index, users) }
        }
    }

    /// Two users with one GUID are duplicates anyway; the smaller DN wins so that input order never shows.
    private mutating func own(_ guid: ObjectGUID, _ index: Int, _ users: [OnPremUser]) {
        if let current = ownerOfGUID[guid], !users[index].dn.utf8.lexicographicallyPrecedes(users[current].dn.utf8) { return }
        ownerOfGUID[guid] = index
    }
}
