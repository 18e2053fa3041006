/// The four directory synchronisation features of a tenant that decide how the first sync
/// joins users (SPEC §1), as `GET /directory/onPremisesSynchronization` names them.
///
/// The plan depends on them as much as on the users: a tenant hardened as Microsoft advises
/// refuses every hard-match takeover and every soft match the defaults would allow.
public struct SyncFeatures: Sendable, Equatable {
    /// `BlockSoftMatch`: no soft match at all.
    public var blockSoftMatchEnabled: Bool
    /// `BlockCloudObjectTakeoverThroughHardMatch`: no hard match to a cloud-managed user.
    public var blockCloudObjectTakeoverThroughHardMatchEnabled: Bool
    /// Soft match also by `userPrincipalName`, not only by primary SMTP address.
    public var softMatchOnUpnEnabled: Bool
    /// On-premises may replace a cloud user's `onPremisesObjectIdentifier`.
    public var allowOnPremUpdateOfOnPremisesObjectIdentifierEnabled: Bool

    public init(
        blockSoftMatchEnabled: Bool, blockCloudObjectTakeoverThroughHardMatchEnabled: Bool,
        softMatchOnUpnEnabled: Bool, allowOnPremUpdateOfOnPremisesObjectIdentifierEnabled: Bool
    ) {
        self.blockSoftMatchEnabled = blockSoftMatchEnabled
        self.blockCloudObjectTakeoverThroughHardMatchEnabled = blockCloudObjectTakeoverThroughHardMatchEnabled
        self.softMatchOnUpnEnabled = softMatchOnUpnEnabled
        self.allowOnPremUpdateOfOnPremisesObjectIdentifierEnabled = allowOnPremUpdateOfOnPremisesObjectIdentifierEnabled
    }

    /// Microsoft's defaults for a tenant nobody hardened: soft match on UPN on, the rest off.
    public static let microsoftDefaults = SyncFeatures(
        blockSoftMatchEnabled: false, blockCloudObjectTakeoverThroughHardMatchEnabled: false,
        softMatchOnUpnEnabled: true, allowOnPremUpdateOfOnPremisesObjectIdentifierEnabled: false
    )

    /// The flag names, in the order the plan writes them.
    public static let flagNames = [
        "blockSoftMatchEnabled", "blockCloudObjectTakeoverThroughHardMatchEnabled",
        "softMatchOnUpnEnabled", "allowOnPremUpdateOfOnPremisesObjectIdentifierEnabled",
    ]

    /// The flags with their names, in `flagNames` order.
    public var flags: [(name: String, value: Bool)] {
        [
            (Self.flagNames[0], blockSoftMatchEnabled),
            (Self.flagNames[1], blockCloudObjectTakeoverThroughHardMatchEnabled),
            (Self.flagNames[2], softMatchOnUpnEnabled),
            (Self.flagNames[3], allowOnPremUpdateOfOnPremisesObjectIdentifierEnabled),
        ]
    }
}
