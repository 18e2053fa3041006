/// Turns the rows of a mapping file into pairings of the users actually read.
///
/// A value naming several users is an error (an explicit pairing must never be a
/// guess); a value naming nobody is only reported, because the file may list users the
/// search does not cover (another OU, a narrower `--filter`).
public struct MappingResolver {
    private var onPremByKey = KeyIndex<String>()
    private var onPremByAnchor: [ImmutableID: [Int]] = [:]
    private var cloudByKey = KeyIndex<String>()
    private let onPrem: [OnPremUser]
    private let cloud: [CloudUser]

    public init(onPrem: [OnPremUser], cloud: [CloudUser]) {
        self.onPrem = onPrem
        self.cloud = cloud
        for (index, user) in onPrem.enumerated() {
            for value in [user.dn, user.userPrincipalName, user.mail, user.sAMAccountName].compactMap({ $0 }) {
                onPremByKey.insert(MatchKey.folded(value), index)
            }
            for address in user.proxyAddresses.compactMap(MatchKey.smtpAddress) {
                onPremByKey.insert(MatchKey.folded(address), index)
            }
            for anchor in Set([user.immutableId, user.sourceAnchor]) {
                onPremByAnchor[anchor, default: []].append(index)
            }
            if let consistency = user.consistencyGuid, consistency != user.objectGUID {
                onPremByAnchor[consistency.immutableID, default: []].append(index)
            }
        }
        for (index, user) in cloud.enumerated() {
            for value in [user.id, user.userPrincipalName, user.mail].compactMap({ $0 }) {
                cloudByKey.insert(MatchKey.folded(value), index)
            }
        }
    }

    /// The pairings, and a message for each row side that names no user.
    public func resolve(_ file: MappingFile) throws(MappingFileError) -> (pairings: [Pairing], unmatched: [String]) {
        var pairings: [Pairing] = []
        var unmatched: [String] = []
        for row in file.rows {
            let onPremMatches = onPremPositions(row.onPrem)
            let cloudMatches = cloudByKey.positions(MatchKey.folded(row.cloud))
            if onPremMatches.count > 1 {
                throw .severalUsers(line: row.line, side: "onPrem", value: row.onPrem, matches: onPremMatches.map { onPrem[$0].dn }.sorted())
            }
            if cloudMatches.count > 1 {
                throw .severalUsers(line: row.line, side: "cloud", value: row.cloud, matches: cloudMatches.map { cloud[$0].id }.sorted())
            }
            guard let onPremIndex = onPremMatches.first else {
                unmatched.append("line \(row.line): onPrem \(IdentifierError.quote(row.onPrem)) names no on-premises user read; the row is ignored")
                continue
            }
            guard let cloudIndex = cloudMatches.first else {
                unmatched.append("line \(row.line): cloud \(IdentifierError.quote(row.cloud)) names no cloud user read; the row is ignored")
                continue
            }
            pairings.append(Pairing(onPrem: onPremIndex, cloud: cloudIndex))
        }
        return (pairings, unmatched)
    }

    /// A GUID or an ImmutableId names objects by their anchors; anything else by name.
    private func onPremPositions(_ value: String) -> [Int] {
        var anchor: ImmutableID?
        if let guid = try? ObjectGUID(string: value) {
            anchor = guid.immutableID
        } else if let immutable = try? ImmutableID(string: value) {
            anchor = immutable
        }
        if let anchor {
            return Array(Set(onPremByAnchor[anchor] ?? [])).sorted()
        }
        return onPremByKey.positions(MatchKey.folded(value))
    }
}
