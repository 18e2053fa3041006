/// Predicts what the first Entra Connect sync does with every on-premises user, and
/// which cloud users need their ImmutableId set first (SPEC §1, §5).
///
/// ## The rules, in the order they are applied
///
/// For each on-premises user, the first rule that finds any cloud user proposes them
/// (later rules are not consulted):
///
/// 1. **Hard match** (`via: sourceAnchor`): a cloud `onPremisesImmutableId` equal to the
///    source anchor, compared exactly (case-sensitive), as Entra does. It comes first
///    because Entra tries it first; what refuses it (below) makes it a conflict, never a
///    fall-back to another rule.
/// 2. **Mapping** (`via: mapping`): a row of `--mapping`. Before the soft match because
///    writing the anchor makes Entra hard-match, which wins over any soft match: the
///    administrator's explicit pairing is what will happen once the plan is applied.
/// 3. **Soft match by primary SMTP** (`via: primarySmtp`): the on-premises primary SMTP
///    address (`SMTP:` value of `proxyAddresses`) among the cloud user's SMTP proxy
///    addresses, ignoring case. The cloud `mail` does not count: Microsoft documents the
///    soft match against `proxyAddresses` only, and a promised soft match Entra does not
///    make would create a duplicate account.
/// 4. **Soft match by UPN** (`via: userPrincipalName`), ignoring case, only when the SMTP
///    rule found nobody (Entra's order).
/// 5. **Shared SMTP address** (`via: sharedSmtp`): any SMTP proxy address or `mail` of the
///    one equals any of the other's, ignoring case.
/// 6. **UPN local part** (`via: upnLocalPart`): the same part before `@`, the cloud UPN in
///    a `*.onmicrosoft.com` domain (cloud accounts made before the custom domain was).
///
/// Rules 5 and 6 are not Entra's: they only find pairs for which the plan proposes
/// `setImmutableId`. Then, in this order (the first that applies decides the entry; the
/// conflicts are SPEC §5's order of the reasons that block a join):
///
/// - **duplicateOnPrem** when another on-premises user has the same UPN, primary SMTP
///   address or source anchor: Entra would reject or quarantine one of them, whichever
///   it reads second, so no pairing of either is trustworthy.
/// - **ambiguous** when the rule found several cloud users, when several on-premises
///   users propose the same cloud user, or when a mapping row contradicts a hard match.
///   Never a guess: a pair must be unique in both directions.
/// - **alreadySynced** when the cloud user has `onPremisesSyncEnabled` true (it belongs to
///   another anchor), then **anchorMismatch** when it has any other
///   `onPremisesImmutableId` (Entra refuses the soft match: InvalidSoftMatch; writing
///   ours would break whatever it points to). The detail says which GUID the stored value
///   decodes to and whether that object was read on-premises. Neither applies to a hard
///   match, whose cloud user holds this very anchor.
/// - **guest** (`userType` Guest): Entra would join a guest, but joining an employee to a
///   guest account is never intended.
/// - **adminRole** (`--admins`, or every role assignment and eligibility read live): Entra
///   refuses a soft match and, since June 2026, a hard match (`anchored` too).
/// - **cloudManaged** (`onPremisesSyncBehavior.isCloudManaged`): cloud Source of Authority;
///   on-premises can take it over by no rule.
/// - **objectIdentifierMapped**: `onPremisesObjectIdentifier` is set and names neither
///   the objectGUID nor the mS-DS-ConsistencyGuid of this user (a value that is not a GUID
///   names another object), unless the tenant allows on-premises to update it. Entra
///   refuses the hard match since July 2026; the plan refuses a soft match too, the
///   cautious reading: the account belonged to another on-premises object.
/// - **hardMatchBlocked** when the join can only be a hard match and the tenant has
///   `blockCloudObjectTakeoverThroughHardMatchEnabled` (every cloud user here is
///   cloud-managed: a synced one is `alreadySynced`, or `anchored` to this anchor already).
///   A join is a hard match for rule 1, for rules 2, 5 and 6 (once `apply` writes the
///   anchor), and for rules 3–4 when the tenant blocks soft match, when rule 4 found it
///   and soft match on UPN is off, or with `--prefer-hard`.
/// - Otherwise **anchored** for rule 1; **softMatch** for rules 3–4 when Entra will
///   soft-match it; **setImmutableId** for the rest, its `via` still the rule that found it.
/// - With no proposal: **collision** when the UPN or an address is the UPN, `mail` or an
///   SMTP proxy address of a cloud user no other entry mentions (the sync would create a
///   new user and quarantine the clash), else **onPremOnly**.
///
/// A user Entra Connect's default rules never synchronise (`OnPremUser.outOfScope`) is
/// **outOfScope** before any of this: it proposes nobody, clashes with nobody (no
/// duplicateOnPrem, no collision), and its rule is the entry's reason.
///
/// Finally every cloud user no entry mentions (as its pair, a candidate or a collision)
/// is listed once as **cloudOnly**.
///
/// ## Order and cost
///
/// Entries with an on-premises user come first, sorted by DN ignoring case (then by the
/// UTF-8 bytes of the DN, then by objectGUID); then the `cloudOnly` entries sorted by cloud id. Lists inside a detail are
/// sorted and capped at `detailListLimit`. The same users in any order give the same plan.
/// Every lookup goes through a hash table keyed by a 64-bit hash of the normalised value,
/// each hit confirmed against the value itself: the work grows with the number of users
/// and addresses, never with on-premises × cloud.
public struct PlanBuilder: Sendable {
    public var onPrem: [OnPremUser] {
        didSet { indexedOnPrem = nil }
    }
    public var cloud: [CloudUser] {
        didSet { indexedCloud = nil }
    }
    /// Graph ids of the cloud users holding an administrator role.
    public var adminIds: Set<String>
    public var pairings: [Pairing]
    /// Turns `softMatch` into `setImmutableId`: a hard match does not depend on addresses
    /// staying as they are until the first sync.
    public var preferHard: Bool
    /// The tenant's sync features (they decide which joins Entra refuses) and what the plan
    /// states about its sources.
    public var tenant: TenantContext

    /// At most this many ids or DNs are listed in one entry's detail.
    public static let detailListLimit = 20

    /// The indexes of `cloud`, when they were built before (dropped if `cloud` changes).
    private var indexedCloud: IndexedCloudUsers?
    /// The order and indexes of `onPrem`, when they were built before (dropped if `onPrem` changes).
    private var indexedOnPrem: IndexedOnPremUsers?

    public init(onPrem: [OnPremUser], cloud: [CloudUser], adminIds: Set<String> = [], pairings: [Pairing] = [], preferHard: Bool = false, tenant: TenantContext = .assumed) {
        self.onPrem = onPrem
        self.cloud = cloud
        self.adminIds = adminIds
        self.pairings = pairings
        self.preferHard = preferHard
        self.tenant = tenant
    }

    /// With the cloud users already indexed (see `IndexedCloudUsers`).
    public init(onPrem: [OnPremUser], indexedCloud: IndexedCloudUsers, adminIds: Set<String> = [], pairings: [Pairing] = [], preferHard: Bool = false, tenant: TenantContext = .assumed) {
        self.init(onPrem: onPrem, cloud: indexedCloud.users, adminIds: adminIds, pairings: pairings, preferHard: preferHard, tenant: tenant)
        self.indexedCloud = indexedCloud
    }

    /// With both sides already indexed (see `IndexedOnPremUsers`, `IndexedCloudUsers`).
    public init(indexedOnPrem: IndexedOnPremUsers, indexedCloud: IndexedCloudUsers, adminIds: Set<String> = [], pairings: [Pairing] = [], preferHard: Bool = false, tenant: TenantContext = .assumed) {
        self.init(onPrem: indexedOnPrem.users, indexedCloud: indexedCloud, adminIds: adminIds, pairings: pairings, preferHard: preferHard, tenant: tenant)
        self.indexedOnPrem = indexedOnPrem
    }

    public func build() -> MatchPlan {
        let onPremSide = indexedOnPrem ?? IndexedOnPremUsers(onPrem)
        var state = PlanState(builder: self, cloudIndex: indexedCloud?.index ?? CloudIndex(cloud), onPremIndex: onPremSide.index)
        state.accept(state.proposals(in: onPrem.indices))
        let decided = state.decide()
        state.arrange(decided, order: onPremSide.order)
        state.listCloudOnly()
        return MatchPlan(onPremUsers: onPrem, cloudUsers: cloud, rows: state.rows, details: state.details, tenant: tenant)
    }

    /// The plan `build()` gives, with independent steps run at the same time: the indexes
    /// of the two sides (unless given), and the two halves of the proposals.
    ///
    /// For `hardmatch plan` on a million users; every step reads only what earlier steps
    /// finished, so the plan is the same as `build()`'s.
    public func buildConcurrently() async -> MatchPlan {
        let onPremSide: IndexedOnPremUsers
        let cloudIndex: CloudIndex
        if let indexedOnPrem {
            onPremSide = indexedOnPrem
            cloudIndex = indexedCloud?.index ?? CloudIndex(cloud)
        } else {
            async let indexed = IndexedOnPremUsers.concurrently(onPrem)
            cloudIndex = indexedCloud?.index ?? CloudIndex(cloud)
            onPremSide = await indexed
        }
        var state = PlanState(builder: self, cloudIndex: cloudIndex, onPremIndex: onPremSide.index)
        let snapshot = state
        let half = onPrem.count / 2
        async let firstHalf = snapshot.proposals(in: 0..<half)
        let secondHalf = snapshot.proposals(in: half..<onPrem.count)
        state.accept(await firstHalf + secondHalf)
        let decided = state.decide()
        state.arrange(decided, order: onPremSide.order)
        state.listCloudOnly()
        return MatchPlan(onPremUsers: onPrem, cloudUsers: cloud, rows: state.rows, details: state.details, tenant: tenant)
    }
}
