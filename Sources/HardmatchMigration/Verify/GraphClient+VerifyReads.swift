import HardmatchCore
import HardmatchGraph

/// `verify`'s read of live Graph: the way `VerifyReadStrategy` chose, over the client's reads.
extension GraphClient {
    /// The cloud users `plan` needs, read the way `strategy` says (`VerifyReadStrategy`).
    ///
    /// A read Graph cannot answer fails the whole call: a user left out would be reported
    /// as deleted. A user that does not exist is simply absent.
    public func verifyUsers(for plan: [PlannedEntry], strategy: VerifyReadStrategy) async throws -> [CloudUser] {
        switch strategy {
        case .list:
            var users: [CloudUser] = []
            try await forEachUserPage(select: CloudUser.verifySelect) { users += $0.users }
            return users
        case .batch:
            let (ids, anchors) = VerifyReadStrategy.reads(for: plan)
            return try await verifyUsers(ids: ids, anchors: anchors)
        }
    }
}
