/// On-premises users with their plan order and the hash indexes the plan reads, built once.
///
/// Like `IndexedCloudUsers`, this needs nothing from the other side: `hardmatch plan`
/// builds it as soon as the on-premises users are read, while the cloud file may still be
/// being parsed, and hands it to `PlanBuilder(onPrem:indexedCloud:...)`.
public struct IndexedOnPremUsers: Sendable {
    let index: OnPremIndex
    /// Positions in `users`, in plan order (`OnPremOrder`).
    let order: [Int]

    public init(_ users: [OnPremUser]) {
        index = OnPremIndex(users)
        order = OnPremOrder.sorted(users)
    }

    private init(index: OnPremIndex, order: [Int]) {
        self.index = index
        self.order = order
    }

    /// The same as `init(_:)`, with the sort and the two halves of the index built at once.
    public static func concurrently(_ users: [OnPremUser]) async -> IndexedOnPremUsers {
        async let order = OnPremOrder.sorted(users)
        async let anchors = OnPremIndex.AnchorHalf(users)
        let addresses = OnPremIndex.AddressHalf(users)
        return IndexedOnPremUsers(index: OnPremIndex(users, anchors: await anchors, addresses: addresses), order: await order)
    }

    public var users: [OnPremUser] { index.users }
}
