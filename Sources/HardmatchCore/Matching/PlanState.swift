/// The working state of one `PlanBuilder.build()`: indexes, proposals and entries so far.
struct PlanState {
    let onPrem: [OnPremUser]
    let cloud: [CloudUser]
    let preferHard: Bool
    let cloudIndex: CloudIndex
    let onPremIndex: OnPremIndex
    /// Cloud positions each on-premises user is mapped to by `--mapping`, sorted.
    private var mapped: [Int: [Int]] = [:]

    private(set) var proposals: [Proposal?] = []
    /// How many on-premises users propose each cloud user as their single candidate
    /// (hard matches excluded: those are decided by the anchor, not by a rule).
    private var claims: [Int32] = []
    /// For cloud users claimed more than once: who claims them.
    private var claimants: [Int: [Int]] = [:]
    /// Cloud users some entry mentions; the rest are `cloudOnly`.
    private var mentioned: [Bool] = []
    private(set) var entries: [PlanEntry] = []

    init(builder: PlanBuilder) {
        onPrem = builder.onPrem
        cloud = builder.cloud
        preferHard = builder.preferHard
        cloudIndex = CloudIndex(builder.cloud, adminIds: builder.adminIds)
        onPremIndex = OnPremIndex(builder.onPrem)
        for pairing in Set(builder.pairings) where onPrem.indices.contains(pairing.onPrem) && cloud.indices.contains(pairing.cloud) {
            mapped[pairing.onPrem, default: []].append(pairing.cloud)
        }
        for key in mapped.keys { mapped[key]?.sort() }
        claims = Array(repeating: 0, count: cloud.count)
        mentioned = Array(repeating: false, count: cloud.count)
    }

    // MARK: - Proposals

    /// Runs the rules for every on-premises user and counts the claims on each cloud user.
    mutating func propose() {
        proposals.reserveCapacity(onPrem.count)
        for index in onPrem.indices {
            let proposal = proposal(for: index)
            proposals.append(proposal)
            if let proposal, proposal.via != .sourceAnchor, let single = proposal.single {
                claims[single] += 1
            }
        }
        for (index, proposal) in proposals.enumerated() {
            guard let proposal, proposal.via != .sourceAnchor, let single = proposal.single, claims[single] > 1 else { continue }
            claimants[single, default: []].append(index)
        }
    }

    /// The first rule that finds any cloud user, in `PlanBuilder`'s order.
    private func proposal(for index: Int) -> Proposal? {
        let hard = cloudIndex.byAnchor.positions(onPremIndex.anchors[index])
        let mapping = mapped[index] ?? []
        if !hard.isEmpty {
            let contradicting = hard.count == 1 ? mapping.filter { $0 != hard[0] } : []
            return Proposal(via: .sourceAnchor, candidates: hard, contradictingMapping: contradicting)
        }
        if !mapping.isEmpty {
            return Proposal(via: .mapping, candidates: mapping)
        }
        if let smtp = onPremIndex.primarySmtps[index] {
            let found = cloudIndex.byAddress.positions(smtp).filter { cloudIndex.smtpProxies[$0].contains(smtp) }
            if !found.isEmpty { return Proposal(via: .primarySmtp, candidates: found) }
        }
        if let upn = onPremIndex.upns[index] {
            let found = cloudIndex.byUPN.positions(upn)
            if !found.isEmpty { return Proposal(via: .userPrincipalName, candidates: found) }
        }
        var shared: [Int] = []
        for address in Self.addresses(of: onPrem[index]) {
            for position in cloudIndex.byAddress.positions(address) where !shared.contains(position) {
                shared.append(position)
            }
        }
        if !shared.isEmpty { return Proposal(via: .sharedSmtp, candidates: shared) }
        if let upn = onPremIndex.upns[index], let parts = MatchKey.upnParts(upn) {
            let found = cloudIndex.byOnMicrosoftLocalPart.positions(parts.local)
            if !found.isEmpty { return Proposal(via: .upnLocalPart, candidates: found) }
        }
        return nil
    }

    /// The folded SMTP proxy addresses and `mail` of an on-premises user, each once.
    static func addresses(of user: OnPremUser) -> [String] {
        var addresses: [String] = []
        for value in user.proxyAddresses.compactMap(MatchKey.smtpAddress) + (user.mail.map { [$0] } ?? []) {
            let folded = MatchKey.folded(value)
            if !addresses.contains(folded) { addresses.append(folded) }
        }
        return addresses
    }

    // MARK: - Decisions

    /// One entry per on-premises user; collisions last, once every pairing is known.
    mutating func decide() {
        var decided = [PlanEntry?](repeating: nil, count: onPrem.count)
        var unpaired: [Int] = []
        for index in onPrem.indices {
            if let entry = duplicateEntry(index) ?? pairedEntry(index) {
                for position in proposals[index]?.candidates ?? [] { mentioned[position] = true }
                decided[index] = entry
            } else {
                unpaired.append(index)
            }
        }
        let mentionedByPairs = mentioned
        for index in unpaired {
            if let (entry, position) = collisionEntry(index, mentionedByPairs: mentionedByPairs) {
                mentioned[position] = true
                decided[index] = entry
            } else {
                decided[index] = PlanEntry(outcome: .onPremOnly, onPrem: onPrem[index])
            }
        }
        let folded = onPrem.map { MatchKey.folded($0.dn) }
        // String order compares Unicode scalars (of the NFC form): for ASCII, plain bytes.
        let order = onPrem.indices.sorted { left, right in
            if folded[left] != folded[right] { return folded[left] < folded[right] }
            if onPrem[left].dn != onPrem[right].dn { return onPrem[left].dn < onPrem[right].dn }
            return onPrem[left].objectGUID < onPrem[right].objectGUID
        }
        entries.reserveCapacity(onPrem.count + cloud.count / 8)
        for index in order {
            if let entry = decided[index] { entries.append(entry) }
        }
    }

    /// Every cloud user no entry mentions, once, by id.
    mutating func listCloudOnly() {
        let order = cloud.indices.filter { !mentioned[$0] }.sorted { cloud[$0].id < cloud[$1].id }
        for index in order {
            entries.append(PlanEntry(outcome: .cloudOnly, cloud: cloud[index]))
        }
    }

    // MARK: - The entry of one on-premises user

    /// `duplicateOnPrem`, when another on-premises user shares the UPN, primary SMTP or anchor.
    private func duplicateEntry(_ index: Int) -> PlanEntry? {
        var clash: (attribute: String, value: String, others: [Int])?
        if let upn = onPremIndex.upns[index], onPremIndex.byUPN.isShared(upn) {
            clash = ("userPrincipalName", onPrem[index].userPrincipalName ?? upn, onPremIndex.byUPN.positions(upn))
        } else if let smtp = onPremIndex.primarySmtps[index], onPremIndex.byPrimarySmtp.isShared(smtp) {
            clash = ("primarySmtp", onPrem[index].primarySmtp ?? smtp, onPremIndex.byPrimarySmtp.positions(smtp))
        } else if onPremIndex.byAnchor.isShared(onPremIndex.anchors[index]) {
            clash = ("sourceAnchor", onPremIndex.anchors[index].string, onPremIndex.byAnchor.positions(onPremIndex.anchors[index]))
        }
        guard let clash else { return nil }
        let user = onPrem[index]
        let proposal = proposals[index]
        let others = clash.others.filter { $0 != index }.map { onPrem[$0].dn }
        return PlanEntry(
            outcome: .conflict, via: proposal?.single == nil ? nil : proposal?.via, reason: .duplicateOnPrem,
            onPrem: user, cloud: proposal?.single.map { cloud[$0] },
            detail: ConflictDetails.duplicate(attribute: clash.attribute, value: clash.value, others: others)
        )
    }

    /// The entry of a user with a proposal; nil without one.
    private func pairedEntry(_ index: Int) -> PlanEntry? {
        guard let proposal = proposals[index] else { return nil }
        let user = onPrem[index]
        guard let position = proposal.single else {
            return PlanEntry(
                outcome: .conflict, via: proposal.via, reason: .ambiguous, onPrem: user,
                detail: ConflictDetails.severalCandidates(proposal.candidates.map { cloud[$0].id }, via: proposal.via)
            )
        }
        let candidate = cloud[position]
        func conflict(_ reason: ConflictReason, _ detail: ConflictDetail) -> PlanEntry {
            PlanEntry(outcome: .conflict, via: proposal.via, reason: reason, onPrem: user, cloud: candidate, detail: detail)
        }
        if proposal.via == .sourceAnchor {
            guard proposal.contradictingMapping.isEmpty else {
                return conflict(.ambiguous, ConflictDetails.mappingContradictsAnchor(proposal.contradictingMapping.map { cloud[$0].id }, anchoredTo: candidate.id))
            }
            return PlanEntry(outcome: .anchored, via: .sourceAnchor, onPrem: user, cloud: candidate)
        }
        if let rivals = claimants[position] {
            return conflict(.ambiguous, ConflictDetails.competing(rivals.filter { $0 != index }.map { onPrem[$0].dn }, for: candidate))
        }
        if candidate.onPremisesSyncEnabled == true {
            return conflict(.alreadySynced, anchorDetail(candidate, synced: true, via: proposal.via))
        }
        if candidate.onPremisesImmutableId != nil {
            return conflict(.anchorMismatch, anchorDetail(candidate, synced: false, via: proposal.via))
        }
        if candidate.isGuest {
            return conflict(.guest, ConflictDetails.guest)
        }
        if cloudIndex.isAdmin[position] {
            return conflict(.adminRole, ConflictDetails.admin)
        }
        let soft = proposal.via == .primarySmtp || proposal.via == .userPrincipalName
        return PlanEntry(outcome: soft && !preferHard ? .softMatch : .setImmutableId, via: proposal.via, onPrem: user, cloud: candidate)
    }

    private func anchorDetail(_ candidate: CloudUser, synced: Bool, via: MatchVia) -> ConflictDetail {
        let guid = candidate.immutableIdGUID
        let owner = guid.flatMap { onPremIndex.ownerOfGUID[$0] }
        return ConflictDetails.anchor(candidate, guid: guid, ownerDn: owner.map { onPrem[$0].dn }, synced: synced, soft: via.isEntraRule)
    }

    /// `collision` when a value of the user is already a cloud user's that no pairing mentions.
    private func collisionEntry(_ index: Int, mentionedByPairs: [Bool]) -> (PlanEntry, Int)? {
        let user = onPrem[index]
        var values: [(attribute: String, value: String, folded: String)] = []
        if let upn = user.userPrincipalName { values.append(("userPrincipalName", upn, MatchKey.folded(upn))) }
        for address in Self.addresses(of: user) { values.append(("address", address, address)) }
        for value in values {
            let found = (cloudIndex.byUPN.positions(value.folded) + cloudIndex.byAddress.positions(value.folded))
                .filter { !mentionedByPairs[$0] }
                .min { cloud[$0].id.utf8.lexicographicallyPrecedes(cloud[$1].id.utf8) }
            guard let found else { continue }
            let entry = PlanEntry(
                outcome: .conflict, reason: .collision, onPrem: user, cloud: cloud[found],
                detail: ConflictDetails.collision(attribute: value.attribute, value: value.value, with: cloud[found])
            )
            return (entry, found)
        }
        return nil
    }
}
