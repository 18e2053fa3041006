/// The working state of one `PlanBuilder.build()`: indexes, proposals and the rows so far.
struct PlanState {
    let onPrem: [OnPremUser]
    let cloud: [CloudUser]
    let preferHard: Bool
    /// Graph ids of the cloud users holding an administrator role.
    let adminIds: Set<String>
    /// The tenant's sync features: they decide which joins Entra refuses.
    let features: SyncFeatures
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
    /// Cloud users some pairing proposes: a collision is only with a cloud user none does.
    private var mentioned: [Bool] = []
    /// Cloud users an entry shows (as its `cloud` or in `detail.candidates`); the rest are
    /// `cloudOnly`. Not `mentioned`: a candidate cut from a capped detail list would appear nowhere.
    private var shown: [Bool] = []
    private(set) var rows: [PlanRow] = []
    private(set) var details: [ConflictDetail] = []

    init(builder: PlanBuilder, cloudIndex: CloudIndex, onPremIndex: OnPremIndex) {
        onPrem = builder.onPrem
        cloud = builder.cloud
        preferHard = builder.preferHard
        adminIds = builder.adminIds
        features = builder.tenant.features
        self.cloudIndex = cloudIndex
        self.onPremIndex = onPremIndex
        for pairing in Set(builder.pairings) where onPrem.indices.contains(pairing.onPrem) && cloud.indices.contains(pairing.cloud) {
            mapped[pairing.onPrem, default: []].append(pairing.cloud)
        }
        for key in mapped.keys { mapped[key]?.sort() }
        claims = Array(repeating: 0, count: cloud.count)
        mentioned = Array(repeating: false, count: cloud.count)
        shown = mentioned
    }

    // MARK: - Proposals

    /// The proposal of each user in `range`: reads the indexes only, so ranges can run at once.
    func proposals(in range: Range<Int>) -> [Proposal?] {
        var proposals: [Proposal?] = []
        proposals.reserveCapacity(range.count)
        for index in range { proposals.append(proposal(for: index)) }
        return proposals
    }

    /// Keeps every user's proposal and counts the claims on each cloud user.
    mutating func accept(_ all: [Proposal?]) {
        proposals = all
        for proposal in proposals {
            if let proposal, proposal.via != .sourceAnchor, let single = proposal.single {
                claims[single] += 1
            }
        }
        for (index, proposal) in proposals.enumerated() {
            guard let proposal, proposal.via != .sourceAnchor, let single = proposal.single, claims[single] > 1 else { continue }
            claimants[single, default: []].append(index)
        }
    }

    /// The first rule that finds any cloud user, in `PlanBuilder`'s order; none for a user
    /// the sync never takes.
    private func proposal(for index: Int) -> Proposal? {
        if onPrem[index].outOfScope != nil { return nil }
        let hard = cloudIndex.withAnchor(onPremIndex.anchors[index])
        let mapping = mapped.isEmpty ? [] : mapped[index] ?? []
        if !hard.isEmpty {
            let contradicting = hard.count == 1 ? mapping.filter { $0 != hard[0] } : []
            return Proposal(via: .sourceAnchor, candidates: hard, contradictingMapping: contradicting)
        }
        if !mapping.isEmpty {
            return Proposal(via: .mapping, candidates: mapping)
        }
        if let smtp = onPremIndex.primarySmtps[index] {
            let found = cloudIndex.withSmtpProxy(smtp)
            if !found.isEmpty { return Proposal(via: .primarySmtp, candidates: found) }
        }
        if let upn = onPrem[index].userPrincipalName {
            let found = cloudIndex.withUPN(upn)
            if !found.isEmpty { return Proposal(via: .userPrincipalName, candidates: found) }
        }
        var shared: [Int] = []
        func share(_ address: String) {
            cloudIndex.forEachWithAddress(address) { position in
                if !shared.contains(position) { shared.append(position) }
            }
        }
        for proxy in onPrem[index].proxyAddresses {
            if let address = MatchKey.smtpAddress(proxy) { share(address) }
        }
        if let mail = onPrem[index].mail { share(mail) }
        if !shared.isEmpty { return Proposal(via: .sharedSmtp, candidates: shared) }
        if let upn = onPrem[index].userPrincipalName, let parts = MatchKey.upnParts(MatchKey.folded(upn)) {
            let found = cloudIndex.withOnMicrosoftLocalPart(parts.local)
            if !found.isEmpty { return Proposal(via: .upnLocalPart, candidates: found) }
        }
        return nil
    }

    /// The SMTP proxy addresses and `mail` of an on-premises user, each once (ignoring
    /// case), as given and folded.
    static func addresses(of user: OnPremUser) -> [(raw: String, folded: String)] {
        var addresses: [(raw: String, folded: String)] = []
        for value in user.proxyAddresses.compactMap(MatchKey.smtpAddress) + (user.mail.map { [$0] } ?? []) {
            let folded = MatchKey.folded(value)
            if !addresses.contains(where: { $0.folded == folded }) { addresses.append((value, folded)) }
        }
        return addresses
    }

    // MARK: - Decisions

    /// One row per on-premises user, in input order; collisions last, once every pairing is known.
    mutating func decide() -> [PlanRow] {
        var decided = [PlanRow](repeating: PlanRow(outcome: .onPremOnly), count: onPrem.count)
        var unpaired: [Int] = []
        for index in onPrem.indices {
            if onPrem[index].outOfScope != nil {
                decided[index] = PlanRow(outcome: .outOfScope, onPrem: index)
            } else if let row = duplicateRow(index) ?? pairedRow(index) {
                for position in proposals[index]?.candidates ?? [] { mentioned[position] = true }
                show(row, candidates: proposals[index]?.candidates ?? [])
                decided[index] = row
            } else {
                unpaired.append(index)
            }
        }
        let mentionedByPairs = mentioned
        for index in unpaired {
            if let (row, position) = collisionRow(index, mentionedByPairs: mentionedByPairs) {
                mentioned[position] = true
                shown[position] = true
                decided[index] = row
            } else {
                decided[index] = PlanRow(outcome: .onPremOnly, onPrem: index)
            }
        }
        return decided
    }

    /// Marks the cloud users `row` shows: its own, and the candidates its detail lists (the
    /// first `detailListLimit` by id, as `ConflictDetails` lists them).
    private mutating func show(_ row: PlanRow, candidates: [Int]) {
        if row.cloud >= 0 {
            shown[Int(row.cloud)] = true
        } else if row.reason == .ambiguous {
            let listed = candidates.sorted { cloud[$0].id.utf8.lexicographicallyPrecedes(cloud[$1].id.utf8) }.prefix(PlanBuilder.detailListLimit)
            for position in listed { shown[position] = true }
        }
    }

    /// Appends the on-premises rows in plan order (`OnPremOrder`).
    mutating func arrange(_ decided: [PlanRow], order: [Int]) {
        rows.reserveCapacity(onPrem.count + cloud.count / 8)
        for index in order { rows.append(decided[index]) }
    }

    /// Every cloud user no entry mentions, once, by id.
    mutating func listCloudOnly() {
        let order = cloud.indices.filter { !shown[$0] }.sorted { cloud[$0].id < cloud[$1].id }
        for index in order {
            rows.append(PlanRow(outcome: .cloudOnly, cloud: index))
        }
    }

    // MARK: - The row of one on-premises user

    /// `duplicateOnPrem`, when another on-premises user shares the UPN, primary SMTP or anchor.
    private mutating func duplicateRow(_ index: Int) -> PlanRow? {
        guard let clash = onPremIndex.sharedValue(index) else { return nil }
        let proposal = proposals[index]
        let others = clash.users.filter { $0 != index }.map { onPrem[$0].dn }
        return PlanRow(
            outcome: .conflict, via: proposal?.single == nil ? nil : proposal?.via, reason: .duplicateOnPrem,
            onPrem: index, cloud: proposal?.single,
            detail: add(ConflictDetails.duplicate(attribute: clash.attribute, value: clash.value, others: others))
        )
    }

    /// The row of a user with a proposal; nil without one.
    private mutating func pairedRow(_ index: Int) -> PlanRow? {
        guard let proposal = proposals[index] else { return nil }
        guard let position = proposal.single else {
            return PlanRow(
                outcome: .conflict, via: proposal.via, reason: .ambiguous, onPrem: index,
                detail: add(ConflictDetails.severalCandidates(proposal.candidates.map { cloud[$0].id }, via: proposal.via))
            )
        }
        func conflict(_ reason: ConflictReason, _ detail: ConflictDetail) -> PlanRow {
            PlanRow(outcome: .conflict, via: proposal.via, reason: reason, onPrem: index, cloud: position, detail: add(detail))
        }
        if proposal.via == .sourceAnchor {
            guard proposal.contradictingMapping.isEmpty else {
                return conflict(.ambiguous, ConflictDetails.mappingContradictsAnchor(proposal.contradictingMapping.map { cloud[$0].id }, anchoredTo: cloud[position].id))
            }
            if let (reason, detail) = refusal(index, position, join: .anchored) { return conflict(reason, detail) }
            return PlanRow(outcome: .anchored, via: .sourceAnchor, onPrem: index, cloud: position)
        }
        if let rivals = claimants[position] {
            return conflict(.ambiguous, ConflictDetails.competing(rivals.filter { $0 != index }.map { onPrem[$0].dn }, for: cloud[position]))
        }
        if cloud[position].onPremisesSyncEnabled == true {
            return conflict(.alreadySynced, anchorDetail(position, synced: true, via: proposal.via))
        }
        if cloud[position].onPremisesImmutableId != nil {
            return conflict(.anchorMismatch, anchorDetail(position, synced: false, via: proposal.via))
        }
        let join = self.join(by: proposal.via)
        if let (reason, detail) = refusal(index, position, join: join) { return conflict(reason, detail) }
        return PlanRow(outcome: join == .softMatch ? .softMatch : .setImmutableId, via: proposal.via, onPrem: index, cloud: position)
    }

    /// How the first sync would join a pair found by `via`, in this tenant.
    private func join(by via: MatchVia) -> Join {
        switch via {
        case .primarySmtp, .userPrincipalName:
            if features.blockSoftMatchEnabled { return .hardBecause(.softMatchBlocked) }
            if via == .userPrincipalName && !features.softMatchOnUpnEnabled { return .hardBecause(.upnSoftMatchOff) }
            return preferHard ? .hardBecause(.preferHard) : .softMatch
        default:
            return .hardBecause(.written)
        }
    }

    /// The first reason, in `PlanBuilder`'s order, that makes Entra refuse (or hardmatch
    /// refuse to make) the join of a unique pair with no other anchor: guest, adminRole,
    /// cloudManaged, objectIdentifierMapped, hardMatchBlocked.
    private func refusal(_ index: Int, _ position: Int, join: Join) -> (ConflictReason, ConflictDetail)? {
        let user = cloud[position]
        if user.isGuest { return (.guest, ConflictDetails.guest) }
        if !adminIds.isEmpty && adminIds.contains(user.id) { return (.adminRole, ConflictDetails.admin(user)) }
        if user.isCloudManaged == true { return (.cloudManaged, ConflictDetails.cloudManaged(user)) }
        if user.onPremisesObjectIdentifier != nil && !features.allowOnPremUpdateOfOnPremisesObjectIdentifierEnabled {
            let named = user.objectIdentifierGUID
            let own = onPrem[index]
            if named == nil || named != own.objectGUID && named != own.consistencyGuid {
                let owner = named.flatMap(onPremIndex.owner(of:))
                return (.objectIdentifierMapped, ConflictDetails.objectIdentifier(user, guid: named, ownerDn: owner.map { onPrem[$0].dn }))
            }
        }
        if join != .softMatch && features.blockCloudObjectTakeoverThroughHardMatchEnabled && user.onPremisesSyncEnabled != true {
            return (.hardMatchBlocked, ConflictDetails.hardMatchBlocked(user, join: join))
        }
        return nil
    }

    private func anchorDetail(_ position: Int, synced: Bool, via: MatchVia) -> ConflictDetail {
        let guid = cloudIndex.anchors[position]?.guid
        let owner = guid.flatMap(onPremIndex.owner(of:))
        return ConflictDetails.anchor(cloud[position], guid: guid, ownerDn: owner.map { onPrem[$0].dn }, synced: synced, soft: via.isEntraRule)
    }

    /// `collision` when a value of the user is already a cloud user's that no pairing mentions.
    private mutating func collisionRow(_ index: Int, mentionedByPairs: [Bool]) -> (PlanRow, Int)? {
        let user = onPrem[index]
        var values: [(attribute: String, value: String, raw: String)] = []
        if let upn = user.userPrincipalName { values.append(("userPrincipalName", upn, upn)) }
        for address in Self.addresses(of: user) { values.append(("address", address.folded, address.raw)) }
        for value in values {
            var found: Int?
            func consider(_ position: Int) {
                guard !mentionedByPairs[position] else { return }
                if let current = found, !cloud[position].id.utf8.lexicographicallyPrecedes(cloud[current].id.utf8) { return }
                found = position
            }
            cloudIndex.withUPN(value.raw).forEach(consider)
            cloudIndex.forEachWithAddress(value.raw, consider)
            guard let found else { continue }
            let row = PlanRow(
                outcome: .conflict, reason: .collision, onPrem: index, cloud: found,
                detail: add(ConflictDetails.collision(attribute: value.attribute, value: value.value, with: cloud[found]))
            )
            return (row, found)
        }
        return nil
    }

    /// Stores a detail; its position for the row.
    private mutating func add(_ detail: ConflictDetail) -> Int {
        details.append(detail)
        return details.count - 1
    }
}
