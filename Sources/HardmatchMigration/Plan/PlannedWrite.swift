/// One `setImmutableId` entry of a plan: which cloud user gets which anchor, and the state
/// the cloud user was in when the plan was made.
public struct PlannedWrite: Sendable, Equatable {
    public let cloudID: String
    public let cloudUserPrincipalName: String?
    /// The on-premises user whose anchor this is.
    public let onPremDN: String?
    /// The ImmutableId to write: canonical base64 of 16 bytes.
    public let immutableID: String
    /// The cloud user's `onPremisesImmutableId` when the plan was made.
    public let plannedImmutableID: String?
    public let plannedSyncEnabled: Expected<Bool?>
    public let plannedUserType: Expected<String?>
    public let plannedUserPrincipalName: Expected<String?>
    public let plannedMail: Expected<String?>
    public let plannedObjectIdentifier: Expected<String?>
    /// `onPremisesSyncBehavior.isCloudManaged` (null: the plan could not read it).
    public let plannedCloudManaged: Expected<Bool?>

    public init(
        cloudID: String, cloudUserPrincipalName: String?, onPremDN: String?, immutableID: String,
        plannedImmutableID: String?, plannedSyncEnabled: Expected<Bool?>, plannedUserType: Expected<String?>,
        plannedUserPrincipalName: Expected<String?> = .notRecorded, plannedMail: Expected<String?> = .notRecorded,
        plannedObjectIdentifier: Expected<String?> = .notRecorded, plannedCloudManaged: Expected<Bool?> = .notRecorded
    ) {
        self.cloudID = cloudID
        self.cloudUserPrincipalName = cloudUserPrincipalName
        self.onPremDN = onPremDN
        self.immutableID = immutableID
        self.plannedImmutableID = plannedImmutableID
        self.plannedSyncEnabled = plannedSyncEnabled
        self.plannedUserType = plannedUserType
        self.plannedUserPrincipalName = plannedUserPrincipalName
        self.plannedMail = plannedMail
        self.plannedObjectIdentifier = plannedObjectIdentifier
        self.plannedCloudManaged = plannedCloudManaged
    }
}
