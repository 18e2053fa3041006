/// Why a user was not written. Each is a state the plan did not foresee, or one SPEC §9 forbids.
public enum SkipReason: Sendable, Equatable, CustomStringConvertible {
    case notFound
    /// A property differs from what the plan (or the journal) recorded.
    case changed(property: String, expected: String, live: String)
    /// Already holds an ImmutableId other than the one to write.
    case otherAnchor(String)
    case guest
    case administrator
    /// `onPremisesSyncEnabled` is true: the user is synchronised, its anchor is Entra Connect's.
    case synced

    public var description: String {
        switch self {
        case .notFound:
            return "the cloud user no longer exists"
        case .changed(let property, let expected, let live):
            return "\(property) is \(live) now, not \(expected) as when the plan was made; make a new plan"
        case .otherAnchor(let anchor):
            return "it already has another ImmutableId, \(anchor); never overwritten"
        case .guest:
            return "it is a guest (userType Guest); an employee is never joined to a guest account"
        case .administrator:
            return "it holds an administrator role; Entra refuses to join it and hardmatch does not write to it"
        case .synced:
            return "it is synchronised (onPremisesSyncEnabled true); its anchor belongs to Entra Connect"
        }
    }

    /// A short name for summaries: `changed`, `guest`...
    public var category: String {
        switch self {
        case .notFound: return "not found"
        case .changed: return "changed since the plan"
        case .otherAnchor: return "has another anchor"
        case .guest: return "guest"
        case .administrator: return "administrator"
        case .synced: return "synchronised"
        }
    }
}
