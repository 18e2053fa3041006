/// An explicit pairing from the `--mapping` file, resolved to positions in the user lists
/// handed to `PlanBuilder`.
public struct Pairing: Sendable, Equatable, Hashable {
    /// Index into the on-premises users.
    public var onPrem: Int
    /// Index into the cloud users.
    public var cloud: Int

    public init(onPrem: Int, cloud: Int) {
        self.onPrem = onPrem
        self.cloud = cloud
    }
}
