/// Cloud users with the hash indexes the plan looks them up in, built once.
///
/// The indexes take a second for a million users and need nothing from the on-premises
/// side, so `hardmatch plan` builds them on another core while the on-premises users are
/// still being read, and hands them to `PlanBuilder(onPrem:indexedCloud:...)`.
public struct IndexedCloudUsers: Sendable {
    let index: CloudIndex

    public init(_ users: [CloudUser]) {
        index = CloudIndex(users)
    }

    public var users: [CloudUser] { index.users }
}
