/// Why a pairing needs a person to decide (SPEC §5).
public enum ConflictReason: String, Sendable, CaseIterable {
    /// The paired cloud user has a different `onPremisesImmutableId`: Entra refuses the
    /// soft match (InvalidSoftMatch), and writing ours would break whatever owns it.
    case anchorMismatch
    /// The pairing is not unique in both directions.
    case ambiguous
    /// The paired cloud user is already synchronised (`onPremisesSyncEnabled`) from another anchor.
    case alreadySynced
    /// The paired cloud user is a guest.
    case guest
    /// The paired cloud user holds, or is eligible for, a Microsoft Entra role: Entra refuses
    /// to join it by soft match and, since June 2026, by hard match too.
    case adminRole
    /// The paired cloud user is under cloud Source of Authority
    /// (`onPremisesSyncBehavior.isCloudManaged`): on-premises cannot take it over.
    case cloudManaged
    /// The paired cloud user's `onPremisesObjectIdentifier` names another on-premises object:
    /// Entra refuses the hard match (since July 2026).
    case objectIdentifierMapped
    /// The tenant blocks hard-match takeover of cloud-managed users
    /// (`BlockCloudObjectTakeoverThroughHardMatch`) and only a hard match could join the pair.
    case hardMatchBlocked
    /// Another on-premises user has the same UPN, primary SMTP address or source anchor.
    case duplicateOnPrem
    /// Unpaired, and the UPN or an address is already taken by an unpaired cloud user:
    /// the new cloud user's value would be quarantined.
    case collision
}
