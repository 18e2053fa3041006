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
    /// The paired cloud user holds an administrator role.
    case adminRole
    /// Another on-premises user has the same UPN, primary SMTP address or source anchor.
    case duplicateOnPrem
    /// Unpaired, and the UPN or an address is already taken by an unpaired cloud user:
    /// the new cloud user's value would be quarantined.
    case collision
}
