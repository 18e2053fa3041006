/// What the first sync will do with one entry of the plan (SPEC §5).
public enum MatchOutcome: String, Sendable, CaseIterable {
    /// A cloud user's `onPremisesImmutableId` already equals the source anchor.
    case anchored
    /// Entra will soft-match by primary SMTP address or UPN and nothing blocks it.
    case softMatch
    /// Paired with a cloud user no Entra rule would join: write the anchor to it.
    case setImmutableId
    /// The first sync would fail, duplicate or hijack; `ConflictReason` says why.
    case conflict
    /// No cloud user: the sync creates one.
    case onPremOnly
    /// A cloud user no other entry mentions.
    case cloudOnly
    /// An on-premises user Entra Connect's default rules never synchronise; the user's
    /// `outOfScope` rule is the entry's reason.
    case outOfScope
}
