import HardmatchCore
import HardmatchGraph

/// What `plan` read about the cloud side: the users, indexed, and what the tenant told.
struct CloudRead: Sendable {
    var users: IndexedCloudUsers
    /// Warnings about the users that do not stop the plan.
    var findings: [String]
    /// Role holders read live; nil when the users came from files.
    var roleHolders: RoleHolders?
    /// The sync features read live, or why they could not be (nil from files).
    var liveFeatures: Result<SyncFeatures, GraphError>?
    /// Checks that could not be made for these users (`onPremisesObjectIdentifier`, ...), with why.
    var unchecked: [String: String]
    var seconds: (read: Double, indexed: Double)
}
