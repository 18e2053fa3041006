/// What the plan needs to know about the on-premises users as a set: their anchors and
/// keys computed once, which values two of them share, and who owns a given GUID.
struct OnPremIndex {
    let users: [OnPremUser]
    private let anchorHalf: AnchorHalf
    private let addressHalf: AddressHalf

    /// Per user: the source anchor and the primary SMTP address (computed once: both are
    /// derived properties).
    let anchors: [ImmutableID]
    let primarySmtps: [String?]

    init(_ users: [OnPremUser]) {
        self.init(users, anchors: AnchorHalf(users), addresses: AddressHalf(users))
    }

    /// From halves built apart, for instance at the same time.
    init(_ users: [OnPremUser], anchors: AnchorHalf, addresses: AddressHalf) {
        self.users = users
        anchorHalf = anchors
        addressHalf = addresses
        self.anchors = anchors.anchors
        primarySmtps = addresses.primarySmtps
    }

    /// Source anchors, objectGUIDs and mS-DS-ConsistencyGuids.
    struct AnchorHalf: Sendable {
        fileprivate var anchors: [ImmutableID] = []
        fileprivate var byAnchor: PositionTable
        /// objectGUIDs and mS-DS-ConsistencyGuids: which user a cloud anchor points to.
        fileprivate var byGUID: PositionTable
        /// Per user: whether another user may have the same anchor, from the hashes alone.
        fileprivate var mayShare: [Bool]

        init(_ users: [OnPremUser]) {
            byAnchor = PositionTable(capacity: users.count)
            byGUID = PositionTable(capacity: users.count)
            mayShare = Array(repeating: false, count: users.count)
            anchors.reserveCapacity(users.count)
            // Through a buffer pointer: reading a derived property of `users[index]` would copy the user.
            users.withUnsafeBufferPointer { users in
                for index in users.indices {
                    let anchor = users[index].sourceAnchor
                    anchors.append(anchor)
                    // A user the sync never takes clashes with nobody, yet still owns its GUIDs.
                    if users[index].outOfScope == nil, let other = byAnchor.insert(MatchKey.guidHash(anchor.guid), index) {
                        mayShare[index] = true
                        mayShare[other] = true
                    }
                    byGUID.insert(MatchKey.guidHash(users[index].objectGUID), index)
                    if let consistency = users[index].consistencyGuid { byGUID.insert(MatchKey.guidHash(consistency), index) }
                }
            }
        }
    }

    /// UPNs and primary SMTP addresses.
    struct AddressHalf: Sendable {
        fileprivate var primarySmtps: [String?] = []
        fileprivate var byUPN: PositionTable
        fileprivate var byPrimarySmtp: PositionTable
        /// Per user: which values another user may share (`Shared` bits), from the hashes alone.
        fileprivate var mayShare: [UInt8]

        fileprivate enum Shared {
            static let upn: UInt8 = 1
            static let primarySmtp: UInt8 = 2
        }

        init(_ users: [OnPremUser]) {
            byUPN = PositionTable(capacity: users.count)
            byPrimarySmtp = PositionTable(capacity: users.count)
            mayShare = Array(repeating: 0, count: users.count)
            primarySmtps.reserveCapacity(users.count)
            users.withUnsafeBufferPointer { users in
                for index in users.indices {
                    guard users[index].outOfScope == nil else {
                        primarySmtps.append(nil)
                        continue
                    }
                    if let upn = users[index].userPrincipalName {
                        note(byUPN.insert(MatchKey.foldedHash(upn), index), index, Shared.upn)
                    }
                    let smtp = users[index].primarySmtp
                    primarySmtps.append(smtp)
                    if let smtp {
                        note(byPrimarySmtp.insert(MatchKey.foldedHash(smtp), index), index, Shared.primarySmtp)
                    }
                }
            }
        }

        /// Marks both users when a value of `index` hashes like one of `other`.
        private mutating func note(_ other: Int?, _ index: Int, _ bit: UInt8) {
            guard let other else { return }
            mayShare[index] |= bit
            mayShare[other] |= bit
        }
    }

    // MARK: - Shared values

    /// The first value `index` shares with another user, in the order the plan reports
    /// them (UPN, primary SMTP address, source anchor), and every user that has it.
    func sharedValue(_ index: Int) -> (attribute: String, value: String, users: [Int])? {
        let flags = addressHalf.mayShare[index]
        if flags & AddressHalf.Shared.upn != 0, let upn = users[index].userPrincipalName,
           let all = Self.shared(addressHalf.byUPN, MatchKey.foldedHash(upn), { users[$0].userPrincipalName.map { MatchKey.foldedEqual($0, upn) } ?? false }) {
            return ("userPrincipalName", upn, all)
        }
        if flags & AddressHalf.Shared.primarySmtp != 0, let smtp = primarySmtps[index],
           let all = Self.shared(addressHalf.byPrimarySmtp, MatchKey.foldedHash(smtp), { primarySmtps[$0].map { MatchKey.foldedEqual($0, smtp) } ?? false }) {
            return ("primarySmtp", smtp, all)
        }
        let anchor = anchors[index]
        if anchorHalf.mayShare[index], let all = Self.shared(anchorHalf.byAnchor, MatchKey.guidHash(anchor.guid), { anchors[$0] == anchor }) {
            return ("sourceAnchor", anchor.string, all)
        }
        return nil
    }

    /// The positions under `hash` when there are several; nil (and no array built) for one.
    private static func shared(_ table: PositionTable, _ hash: UInt64, _ matches: (Int) -> Bool) -> [Int]? {
        var count = 0
        table.forEach(hash, where: matches) { _ in count += 1 }
        return count > 1 ? table.positions(hash, where: matches) : nil
    }

    /// The user with this objectGUID or mS-DS-ConsistencyGuid.
    ///
    /// Two users with one GUID are duplicates anyway; the smallest DN wins (the first read
    /// among equal DNs), so that input order never shows.
    func owner(of guid: ObjectGUID) -> Int? {
        var owner: Int?
        anchorHalf.byGUID.forEach(MatchKey.guidHash(guid), where: { users[$0].objectGUID == guid || users[$0].consistencyGuid == guid }) { position in
            if let current = owner, !users[position].dn.utf8.lexicographicallyPrecedes(users[current].dn.utf8) { return }
            owner = position
        }
        return owner
    }
}
