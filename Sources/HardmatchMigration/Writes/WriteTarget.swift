import HardmatchGraph

/// One user's anchor change, with the live state that must hold before it is made.
///
/// `apply` builds these from a plan, `undo` from a journal; the checks and the journaling
/// are the same for both.
public struct WriteTarget: Sendable, Equatable {
    public let cloudID: String
    public let userPrincipalName: String?
    /// The on-premises user the anchor comes from, for reports.
    public let onPremDN: String?
    /// The value to write; nil clears `onPremisesImmutableId`.
    public let value: String?
    /// The `onPremisesImmutableId` the user must still have.
    public let expectedImmutableID: String?
    public let expectedSyncEnabled: Expected<Bool?>
    public let expectedUserType: Expected<String?>
    public let expectedUserPrincipalName: Expected<String?>
    public let expectedMail: Expected<String?>
    public let expectedObjectIdentifier: Expected<String?>
    public let expectedCloudManaged: Expected<Bool?>

    public init(
        cloudID: String, userPrincipalName: String?, onPremDN: String? = nil, value: String?, expectedImmutableID: String?,
        expectedSyncEnabled: Expected<Bool?> = .notRecorded, expectedUserType: Expected<String?> = .notRecorded,
        expectedUserPrincipalName: Expected<String?> = .notRecorded, expectedMail: Expected<String?> = .notRecorded,
        expectedObjectIdentifier: Expected<String?> = .notRecorded, expectedCloudManaged: Expected<Bool?> = .notRecorded
    ) {
        self.cloudID = cloudID
        self.userPrincipalName = userPrincipalName
        self.onPremDN = onPremDN
        self.value = value
        self.expectedImmutableID = expectedImmutableID
        self.expectedSyncEnabled = expectedSyncEnabled
        self.expectedUserType = expectedUserType
        self.expectedUserPrincipalName = expectedUserPrincipalName
        self.expectedMail = expectedMail
        self.expectedObjectIdentifier = expectedObjectIdentifier
        self.expectedCloudManaged = expectedCloudManaged
    }

    /// True when the decision needs the facts only `/beta` and the sync-behaviour relationship give.
    public var needsHardeningFacts: Bool {
        expectedObjectIdentifier != .notRecorded || expectedCloudManaged != .notRecorded
    }

    /// The write a plan entry asks for.
    public init(_ write: PlannedWrite) {
        self.init(
            cloudID: write.cloudID, userPrincipalName: write.cloudUserPrincipalName, onPremDN: write.onPremDN,
            value: write.immutableID, expectedImmutableID: write.plannedImmutableID,
            expectedSyncEnabled: write.plannedSyncEnabled, expectedUserType: write.plannedUserType,
            expectedUserPrincipalName: write.plannedUserPrincipalName, expectedMail: write.plannedMail,
            expectedObjectIdentifier: write.plannedObjectIdentifier, expectedCloudManaged: write.plannedCloudManaged
        )
    }

    /// The write that takes back a journaled change.
    public init(undoing change: JournalHistory.NetChange) {
        self.init(cloudID: change.cloudID, userPrincipalName: change.userPrincipalName, value: change.before, expectedImmutableID: change.after)
    }
}
