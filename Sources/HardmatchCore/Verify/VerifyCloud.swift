/// The cloud users read after the sync, indexed the two ways `verify` looks them up.
///
/// By id for the planned cloud user; by `onPremisesImmutableId` for whatever now holds an
/// entry's anchor, which is how a user the sync created is found.
public struct VerifyCloud: Sendable {
    public private(set) var byID: [String: CloudUser] = [:]
    public private(set) var byAnchor: [String: [CloudUser]] = [:]

    public init(_ users: some Sequence<CloudUser>) {
        for user in users where byID[user.id] == nil {
            byID[user.id] = user
            if let anchor = user.onPremisesImmutableId { byAnchor[anchor, default: []].append(user) }
        }
    }

    /// Users whose `onPremisesImmutableId` is `anchor` and whose `onPremisesSyncEnabled` is
    /// true: those that carry it. An anchor `apply` wrote to a user not yet synchronised
    /// does not count.
    public func carriers(of anchor: String?) -> [CloudUser] {
        guard let anchor else { return [] }
        return (byAnchor[anchor] ?? []).filter { $0.onPremisesSyncEnabled == true }
    }
}
