/// What the first sync did with one plan entry, compared with what the plan predicted (SPEC §7a).
public enum VerifyStatus: String, Sendable, CaseIterable {
    /// The join, or the new user, the plan predicted; for a conflict, cloud-only or
    /// out-of-scope entry: nothing joined it.
    case asPlanned
    /// Nothing carries the anchor yet and the planned cloud user is unchanged.
    case notSyncedYet
    /// The anchor is on a cloud user other than the planned one, which is still cloud-only.
    case duplicated
    /// The planned or the new cloud user carries `onPremisesProvisioningErrors`.
    case syncError
    /// Anything else; the detail says what.
    case unexpected
}
