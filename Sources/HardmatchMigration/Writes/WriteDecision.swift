import HardmatchCore

/// What to do with one user, decided from its live state, the journal and SPEC §9's rules.
public enum WriteDecision: Sendable, Equatable {
    /// Write; `before` is the live value the write replaces.
    case write(before: String?)
    /// Nothing to write: the user already holds the value.
    case alreadyDone(AlreadyDone)
    case skip(SkipReason)

    public enum AlreadyDone: Sendable, Equatable {
        /// The journal records the write, and the user still holds its value.
        case earlierRun
        /// An interrupted run sent the write without recording the answer; the user holds the
        /// value, so the write was made. `before` comes from the journal's intent.
        case confirmed(before: String?)
        /// The user held the value without any write of ours.
        case alreadySet
    }

    /// Decides for `target` given the user Graph returned (nil: it does not exist).
    ///
    /// `guardsCloudOnly` applies the rules that protect an ImmutableId write (`apply`): no
    /// guest, no administrator. A synchronised user is never written by either operation.
    public static func decide(
        _ target: WriteTarget, live: CloudUser?, journal: JournalHistory.State?, administrators: Set<String>, guardsCloudOnly: Bool
    ) -> WriteDecision {
        guard let live else { return .skip(.notFound) }
        if live.onPremisesImmutableId == target.value {
            switch journal {
            case .written?: return .alreadyDone(.earlierRun)
            case .uncertain(let before, _)?: return .alreadyDone(.confirmed(before: before))
            case nil: return .alreadyDone(.alreadySet)
            }
        }
        if live.onPremisesSyncEnabled == true { return .skip(.synced) }
        if guardsCloudOnly {
            if live.isGuest { return .skip(.guest) }
            if administrators.contains(live.id.lowercased()) || live.userPrincipalName.map({ administrators.contains($0.lowercased()) }) == true {
                return .skip(.administrator)
            }
            if let anchor = live.onPremisesImmutableId {
                return .skip(.otherAnchor(anchor))
            }
        }
        if live.onPremisesImmutableId != target.expectedImmutableID {
            return .skip(.changed(property: "onPremisesImmutableId", expected: shown(target.expectedImmutableID), live: shown(live.onPremisesImmutableId)))
        }
        if case .value(let expected) = target.expectedSyncEnabled, expected != live.onPremisesSyncEnabled {
            return .skip(.changed(property: "onPremisesSyncEnabled", expected: shown(expected), live: shown(live.onPremisesSyncEnabled)))
        }
        if case .value(let expected) = target.expectedUserType, expected != live.userType {
            return .skip(.changed(property: "userType", expected: shown(expected), live: shown(live.userType)))
        }
        if case .value(let expected) = target.expectedUserPrincipalName, expected != live.userPrincipalName {
            return .skip(.changed(property: "userPrincipalName", expected: shown(expected), live: shown(live.userPrincipalName)))
        }
        if case .value(let expected) = target.expectedMail, expected != live.mail {
            return .skip(.changed(property: "mail", expected: shown(expected), live: shown(live.mail)))
        }
        if case .value(let expected) = target.expectedObjectIdentifier, expected != live.onPremisesObjectIdentifier {
            return .skip(.changed(property: "onPremisesObjectIdentifier", expected: shown(expected), live: shown(live.onPremisesObjectIdentifier)))
        }
        // A plan that could not read the sync behaviour recorded null, which only a cloud-managed
        // user contradicts: on-premises cannot take that one over.
        if case .value(let expected) = target.expectedCloudManaged, let managed = live.isCloudManaged, managed != (expected ?? false) {
            return .skip(.changed(property: "onPremisesSyncBehavior.isCloudManaged", expected: shown(expected), live: shown(managed)))
        }
        return .write(before: live.onPremisesImmutableId)
    }

    private static func shown(_ value: String?) -> String { value.map { "\"\($0)\"" } ?? "null" }
    private static func shown(_ value: Bool?) -> String { value.map(String.init) ?? "null" }
}
