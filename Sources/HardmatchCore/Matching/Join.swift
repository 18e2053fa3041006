/// How the first sync would join a pair, in this tenant: what decides which rules refuse it.
enum Join: Equatable {
    /// Entra joins it by soft match, which the tenant allows.
    case softMatch
    /// The cloud user already holds the source anchor: a hard match.
    case anchored
    /// Only a hard match can join it, once `apply` has written the anchor.
    case hardBecause(HardReason)

    /// Why a pair needs the hard match.
    enum HardReason: Equatable {
        /// Found by a rule of hardmatch's own (mapping, shared SMTP, UPN local part).
        case written
        /// The tenant blocks soft match.
        case softMatchBlocked
        /// Found by UPN while the tenant's soft match on UPN is off.
        case upnSoftMatchOff
        /// `--prefer-hard`.
        case preferHard
    }
}
