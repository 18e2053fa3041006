/// What a person does about the entries of one conflict reason: the remedy each group of
/// the HTML report states.
///
/// The reasons with a tenant-level step take the blocker's words (`PlanBlocker`), so the
/// report never says two different things about the same conflict; the others are about
/// the users' own data, decided one entry at a time.
public enum ConflictRemedy {
    public static func remedy(for reason: ConflictReason) -> String {
        if let action = PlanBlocker.actions.first(where: { $0.0 == reason })?.1 { return action }
        switch reason {
        case .anchorMismatch:
            return "the cloud user is bound to another anchor: find the object that owns it (the entry says whether it is in this directory). If it is the same person, correct or clear onPremisesImmutableId; otherwise pair this user with another cloud account (--mapping) or let the sync create a new one."
        case .ambiguous:
            return "more than one account could be this person: decide which, and write the pair in a --mapping file (onPrem,cloud), or make the shared address or UPN unique; then plan again."
        case .alreadySynced:
            return "the cloud user is already synchronised from another source anchor (another forest, or an earlier sync): find which source owns it before changing anything; usually leave this user out of the sync or retire the old one first."
        case .guest:
            return "the match is a guest account: an employee must not be joined to it. Remove the guest's conflicting address or UPN (or the guest), so the sync creates a member account, or pair the user elsewhere with --mapping."
        case .duplicateOnPrem:
            return "two on-premises users share a UPN, primary SMTP address or source anchor: make the value unique in Active Directory (hardmatch check lists every duplicate), then plan again."
        case .collision:
            return "the new cloud user's UPN or address is already taken by a cloud user nobody pairs with: if they are the same person, pair them with --mapping; otherwise change the value on one side, or Entra quarantines it on the new user."
        case .hardMatchBlocked, .adminRole, .cloudManaged, .objectIdentifierMapped:
            return "see the step before the sync above."
        }
    }
}
