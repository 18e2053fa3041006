/// Compares a plan with the cloud users read after the first sync, entry by entry (SPEC §7a).
///
/// Pure: the caller reads the plan and the cloud users, this only decides. The rules, in
/// order: a provisioning error on the planned or the anchor-holding user is `syncError`;
/// a join (`anchored`, `softMatch`, `setImmutableId`) is `asPlanned` when the planned user
/// carries the anchor; an `onPremOnly` entry when a new user carries it; a `conflict`,
/// `cloudOnly` or `outOfScope` entry when nothing joined it.
public struct Verifier: Sendable {
    public let cloud: VerifyCloud
    /// Every cloud user the plan names: a user "created" for an `onPremOnly` entry that is
    /// one of them was joined, not created.
    private let plannedIDs: Set<String>

    public init(cloud: VerifyCloud, plan: [PlannedEntry]) {
        self.cloud = cloud
        plannedIDs = Set(plan.compactMap { $0.cloud?.id })
    }

    public func verify(_ entries: [PlannedEntry]) -> VerifyReport {
        VerifyReport(results: entries.map(verify))
    }

    // MARK: - One entry

    public func verify(_ entry: PlannedEntry) -> VerifyResult {
        let current = entry.cloud.flatMap { cloud.byID[$0.id] }
        let snapshot = entry.cloud.map { planned in current.map(CloudSnapshot.init) ?? CloudSnapshot(missing: planned) }
        let others = cloud.carriers(of: entry.anchor).filter { $0.id != entry.cloud?.id }
        let facts = Facts(entry: entry, current: current, others: others)
        let errors = (current.map { [$0] } ?? []) + others
        let recorded = errors.flatMap(\.onPremisesProvisioningErrors)
        var (status, detail) = recorded.isEmpty ? decide(facts) : (.syncError, Self.errorDetail(errors))
        if status == .syncError, entry.outcome == .conflict, let reason = entry.reason {
            detail += " (the plan predicted a \(reason) conflict)"
        }
        return VerifyResult(
            status: status, detail: detail, onPrem: entry.onPrem, cloud: snapshot,
            anchorHolder: others.first.map(CloudSnapshot.init), errors: recorded
        )
    }

    /// What one entry's decision looks at.
    private struct Facts {
        let entry: PlannedEntry
        /// The planned cloud user as read now; nil when the plan names none or it is gone.
        let current: CloudUser?
        /// Users other than the planned one that carry the entry's anchor.
        let others: [CloudUser]
    }

    private func decide(_ facts: Facts) -> (VerifyStatus, String) {
        switch facts.entry.outcome {
        case .anchored, .softMatch, .setImmutableId: return join(facts)
        case .onPremOnly: return created(facts)
        case .conflict, .cloudOnly, .outOfScope: return untouched(facts)
        }
    }

    // MARK: - Joins

    private func join(_ facts: Facts) -> (VerifyStatus, String) {
        let entry = facts.entry
        let who = entry.onPrem?.name ?? "the on-premises user"
        guard let planned = entry.cloud, let anchor = entry.anchor else {
            return (.unexpected, "the plan entry names no cloud user or no anchor, so the join cannot be checked: make the plan again")
        }
        guard let current = facts.current else {
            let holder = facts.others.first.map { "; the anchor is on \(CloudSnapshot($0).name)" } ?? ""
            return (.unexpected, "the planned cloud user \(CloudSnapshot(missing: planned).name) no longer exists\(holder): find out who deleted it, and restore it from the deleted users if it holds the person's data")
        }
        let name = CloudSnapshot(current).name
        if current.onPremisesSyncEnabled == true && current.onPremisesImmutableId == anchor {
            if let other = facts.others.first {
                return (.unexpected, "both \(name) and \(CloudSnapshot(other).name) carry the anchor of \(who): Entra should never allow this; open a case with Microsoft")
            }
            return (.asPlanned, "\(who) is joined to \(name), as planned")
        }
        if let other = facts.others.first {
            let otherName = CloudSnapshot(other).name
            if current.onPremisesSyncEnabled != true {
                return (.duplicated, "one person, two accounts: the sync put the anchor of \(who) on \(otherName) while the planned \(name) is still cloud-only; move anything the person already uses to the right account, delete the duplicate \(otherName), write the anchor to \(name) (hardmatch apply with a new plan) and sync again")
            }
            return (.unexpected, "the anchor of \(who) is on \(otherName), and the planned \(name) is synchronised from another object (anchor \(Self.anchorName(current.onPremisesImmutableId))): compare both with the directory before changing anything")
        }
        if current.onPremisesSyncEnabled == true {
            return (.unexpected, "the planned \(name) is now synchronised from another on-premises object (anchor \(Self.anchorName(current.onPremisesImmutableId))), not from \(who): find that object on-premises; if the join is wrong, take it out of the sync scope and restore the account")
        }
        switch current.onPremisesImmutableId {
        case anchor:
            return (.notSyncedYet, "\(name) has the anchor of \(who) but has not been synchronised yet: run a sync cycle (Start-ADSyncSyncCycle) and verify again")
        case planned.onPremisesImmutableId where entry.outcome == .setImmutableId:
            return (.notSyncedYet, "the anchor of \(who) has not been written to \(name): run hardmatch apply for this plan, then a sync cycle")
        case planned.onPremisesImmutableId:
            return (.notSyncedYet, "\(who) has not been joined to \(name) yet: run a sync cycle; if it stays so after a full sync, check that \(who) is in the sync scope")
        default:
            return (.unexpected, "\(name) has changed since the plan: its onPremisesImmutableId is \(Self.anchorName(current.onPremisesImmutableId)), the plan saw \(Self.anchorName(planned.onPremisesImmutableId)); make the plan again")
        }
    }

    // MARK: - New users

    private func created(_ facts: Facts) -> (VerifyStatus, String) {
        let who = facts.entry.onPrem?.name ?? "the on-premises user"
        switch facts.others.count {
        case 0:
            return (.notSyncedYet, "no cloud user carries the anchor of \(who) yet: run a sync cycle; if it stays so after a full sync, check that \(who) is in the sync scope")
        case 1:
            let user = facts.others[0]
            if plannedIDs.contains(user.id) {
                return (.unexpected, "\(who) was joined to the existing \(CloudSnapshot(user).name), which the plan lists elsewhere, instead of getting a new account: check that this is the same person")
            }
            return (.asPlanned, "the sync created \(CloudSnapshot(user).name) for \(who), as planned")
        default:
            let names = facts.others.map { CloudSnapshot($0).name }.joined(separator: ", ")
            return (.unexpected, "several cloud users carry the anchor of \(who): \(names); open a case with Microsoft")
        }
    }

    // MARK: - Entries nothing should join

    private func untouched(_ facts: Facts) -> (VerifyStatus, String) {
        let entry = facts.entry
        var changes: [String] = []
        if let planned = entry.cloud {
            if let current = facts.current {
                let joined = current.onPremisesSyncEnabled == true
                    && (planned.onPremisesSyncEnabled != true || current.onPremisesImmutableId != planned.onPremisesImmutableId)
                if joined {
                    changes.append("\(CloudSnapshot(current).name) is now synchronised (anchor \(Self.anchorName(current.onPremisesImmutableId)))")
                }
            } else {
                changes.append("\(CloudSnapshot(missing: planned).name) no longer exists")
            }
        }
        if let other = facts.others.first {
            changes.append("the anchor of \(entry.onPrem?.name ?? "the on-premises user") is on \(CloudSnapshot(other).name)")
        }
        guard changes.isEmpty else {
            let what: String
            switch entry.outcome {
            case .conflict: what = "the plan said this \(entry.reason ?? "conflict") needs a person first, but "
            case .cloudOnly: what = "the plan expected this cloud user to stay cloud-only, but "
            default: what = "the plan expected this user out of the sync scope, but "
            }
            return (.unexpected, what + changes.joined(separator: "; ") + ": check the join against the directory and undo it if it is wrong")
        }
        switch entry.outcome {
        case .conflict: return (.asPlanned, "nothing joined it, as planned: the \(entry.reason ?? "conflict") still needs a person to resolve it")
        case .cloudOnly: return (.asPlanned, "still cloud-only, as planned")
        default: return (.asPlanned, "not synchronised, as planned")
        }
    }

    // MARK: - Text

    private static func errorDetail(_ users: [CloudUser]) -> String {
        let parts = users.filter { !$0.onPremisesProvisioningErrors.isEmpty }.map { user in
            "\(CloudSnapshot(user).name): " + user.onPremisesProvisioningErrors.map(\.summary).joined(separator: "; ")
        }
        return "Entra recorded provisioning errors on " + parts.joined(separator: ", and on ")
            + ": fix the value on-premises (or on the object that already holds it) and let the next sync run"
    }

    /// An anchor with the GUID it decodes to, or `null`.
    private static func anchorName(_ anchor: String?) -> String {
        guard let anchor else { return "null" }
        guard let id = try? ImmutableID(string: anchor) else { return anchor }
        return "\(anchor), object GUID \(id.guid.string)"
    }
}
